package org.scalingadvisor.ruleset;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rule metadata is data. Drools evaluates the value of every {@code @key(value)} in a rule's header
 * as an expression when it builds the rule base, so building would run whatever a trainer typed
 * there. The gate therefore reads each value as text first and accepts only literals:
 * <ul>
 *   <li>one quoted text, {@code "…"}, which may span lines but holds no double quote or backslash;</li>
 *   <li>a number, {@code 20} or {@code -5} or {@code 0.5}; {@code true} or {@code false};</li>
 *   <li>bare ids separated by commas, {@code MYTH-1, DVF-2} or {@code myth-1.information-only}.</li>
 * </ul>
 * What Drools is then given is the same value as a quoted text ({@link #asText}), so nothing a
 * trainer types in metadata is ever evaluated as anything but a string literal.
 */
final class MetadataLiterals {

    private static final String ID = "[A-Za-z0-9_]+(?:[.\\-][A-Za-z0-9_]+)*";
    private static final Pattern BARE_IDS = Pattern.compile(ID + "(?:\\s*,\\s*" + ID + ")*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}(?:\\.[0-9]{1,6})?");

    private MetadataLiterals() {
    }

    /**
     * The literal held between a metadata key's parentheses, as the text its value stands for, or
     * empty when it is anything else (an expression, a call, several texts, an escape).
     */
    static Optional<String> literal(String between) {
        String value = between.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            String inside = value.substring(1, value.length() - 1);
            return inside.indexOf('"') < 0 && inside.indexOf('\\') < 0 && noControlCharacters(inside)
                    ? Optional.of(inside) : Optional.empty();
        }
        if (NUMBER.matcher(value).matches() || BARE_IDS.matcher(value).matches()) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** The value as Drools is given it: one quoted text, whatever literal it was written as. */
    static String asText(String literal) {
        return "\"" + literal + "\"";
    }

    /** Why a value was refused, in the trainer's words; {@code between} is what the parentheses held. */
    static String refusal(String key, String between) {
        String value = between.strip();
        String shape = "must be a plain value: one quoted text, a number, true or false, or ids such as MYTH-1, DVF-2."
                + " Metadata is data and never runs";
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            String inside = value.substring(1, value.length() - 1);
            if (inside.indexOf('\\') >= 0) {
                return "@" + key + ": the text holds a backslash; write it without escapes";
            }
            if (inside.indexOf('"') >= 0) {
                return "@" + key + ": the text holds a double quote, which would end it early or show to planners as"
                        + " a stray mark; use single quotes ('…') inside the text";
            }
            if (!noControlCharacters(inside)) {
                return "@" + key + ": the text holds a control character; remove it";
            }
        }
        return "@" + key + "(" + abbreviate(value) + ") " + shape;
    }

    private static boolean noControlCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
