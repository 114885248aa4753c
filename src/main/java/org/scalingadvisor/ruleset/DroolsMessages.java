package org.scalingadvisor.ruleset;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Drools' compiler messages into sentences a trainer can act on; unknown ones pass through trimmed. */
final class DroolsMessages {

    private static final Pattern ERR_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+\\s*");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'(?: expecting (.*?))?(?: in (rule \".*?\"|.*))?$");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'(?: in (rule \".*?\"|.*))?$");
    private static final Pattern MISSING = Pattern.compile("missing (.*?) at '(.*?)'(?: in (rule \".*?\"|.*))?$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE_CLASS = Pattern.compile("The type Rule_\\w+ is already defined");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.*)", Pattern.DOTALL);
    private static final Pattern NO_PROPERTY = Pattern.compile(".*unable to resolve method using strict-mode: "
            + Pattern.quote(RuleSafety.FACTS_PACKAGE) + "\\.(\\w+)\\.(\\w+)\\(\\).*", Pattern.DOTALL);

    private DroolsMessages() {
    }

    /** The message to show, or empty for messages that only repeat another one (a duplicate name gives two). */
    static Optional<String> translate(String raw) {
        String text = ERR_PREFIX.matcher(raw.trim()).replaceFirst("");
        if (text.startsWith("Parser returned a null Package") || DUPLICATE_CLASS.matcher(text).find()) {
            return Optional.empty();
        }
        if (text.startsWith("required (...)+ loop did not match anything")) {
            return Optional.of("Drools could not read the rule starting here. Check its metadata lines: a value with"
                    + " spaces, commas or a digit followed by a dot and a letter (as in mech-3.enabling) must be in double"
                    + " quotes, e.g. @id(\"rec.mech-3.enabling\")");
        }
        Matcher m = MISMATCHED.matcher(text);
        if (m.find() && text.startsWith("mismatched")) {
            return Optional.of("syntax error at '" + m.group(1) + "'" + where(m.group(3))
                    + ": something is missing just before it (a closing bracket, a quote, a comma or 'when'/'then')"
                    + (m.group(2) != null ? "; Drools expected " + m.group(2) : ""));
        }
        m = NO_VIABLE.matcher(text);
        if (m.find() && text.startsWith("no viable")) {
            return Optional.of("syntax error at '" + m.group(1) + "'" + where(m.group(2))
                    + ": check brackets, quotes and commas on this line and the one before");
        }
        m = MISSING.matcher(text);
        if (m.find() && text.startsWith("missing")) {
            return Optional.of("syntax error: " + m.group(1) + " is missing at '" + m.group(2) + "'" + where(m.group(3)));
        }
        m = UNKNOWN_TYPE.matcher(text);
        if (m.matches()) {
            return Optional.of("unknown fact type '" + m.group(1) + "': the types are Answer, Missing, Activity, Stakeholder,"
                    + " Threshold, Finding and Advice, and the file must start with the two import lines of the template");
        }
        m = NO_PROPERTY.matcher(text);
        if (m.matches() && FactTypes.find(m.group(1)) != null) {
            // The gate names a misspelt property first; this is the same message for any Drools still finds.
            java.util.Set<String> known = FactTypes.properties(FactTypes.find(m.group(1)));
            return Optional.of(m.group(1) + " has no property '" + m.group(2) + "'" + DidYouMean.hint(m.group(2), known)
                    + "; its properties are " + known);
        }
        m = DUPLICATE.matcher(text);
        if (m.matches()) {
            return Optional.of("another rule is already named \"" + m.group(1).trim()
                    + "\": rule names must be unique across the rules folder");
        }
        return Optional.of(firstLines(text));
    }

    private static String where(String context) {
        return context == null || context.isBlank() ? "" : " in " + context.trim();
    }

    private static String firstLines(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
    }

}
