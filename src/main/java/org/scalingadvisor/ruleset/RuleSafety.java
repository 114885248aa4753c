package org.scalingadvisor.ruleset;

import java.util.List;
import java.util.Set;

/**
 * The gate every rules file passes before Drools compiles it. A compiled rule can run any Java
 * (file and network I/O included), so a rules file may hold only what the trainers' guide lists:
 * {@code package}, the template's imports, and rules whose conditions match facts and whose
 * consequence is {@code conclude(kcontext);}. Everything else is refused as file:line: reason.
 *
 * <p>This class reads the file's structure (package, imports, rules, a rule's header and consequence).
 * {@link DrlTokenizer} splits the text, dropping comments; {@link MetadataValues} checks metadata and
 * makes the text to compile; {@link ConditionCheck} reads conditions against {@link ConditionVocabulary}.
 */
final class RuleSafety {

    static final String FACTS_PACKAGE = "org.scalingadvisor.facts";
    static final String CONSEQUENCE = "conclude(kcontext);";
    static final List<String> IMPORTS = List.of(FACTS_PACKAGE + ".*", "function " + FACTS_PACKAGE + ".Conclude.conclude");

    /** Words that end a rule's header, or start a construct no rules file here needs. */
    private static final Set<String> FORBIDDEN_TOP = Set.of("function", "query", "declare", "global", "dialect",
            "attributes", "unit", "template", "type", "enum");

    private final FileProblems problems;
    private final List<RuleToken> tokens;
    private final Set<String> knownThresholds;
    private int pos;

    private RuleSafety(List<RuleToken> tokens, Set<String> knownThresholds, FileProblems problems) {
        this.tokens = tokens;
        this.knownThresholds = knownThresholds;
        this.problems = problems;
    }

    /**
     * Checks one DRL file; adds a problem for each thing a rules file may not do, and each unknown
     * threshold. Returns the text to compile: the file with every metadata value given as a quoted
     * text ({@link MetadataLiterals}), so that building the rule base evaluates nothing the trainer typed.
     */
    static String check(String file, String text, Set<String> knownThresholds, List<RuleProblem> found) {
        FileProblems problems = new FileProblems(file, found);
        // Java reads unicode escapes (backslash, u, four hex digits) before anything else, even in comments.
        for (int at = text.indexOf("\\u"); at >= 0; at = text.indexOf("\\u", at + 2)) {
            problems.add(DrlTokenizer.lines(text, 0, at) + 1, "'\\u' escapes are not allowed in a rules file: type the character itself");
        }
        MetadataValues metadata = new MetadataValues(text, problems);
        new RuleSafety(DrlTokenizer.tokens(text, metadata), knownThresholds, problems).topLevel();
        return metadata.compilable();
    }

    private void topLevel() {
        while (pos < tokens.size()) {
            RuleToken t = tokens.get(pos);
            if (t.is("package")) {
                skipStatement();
            } else if (t.is("import")) {
                checkImport();
            } else if (t.is("rule")) {
                rule();
            } else if (t.is(";")) {
                pos++;
            } else if (FORBIDDEN_TOP.contains(t.text()) && !t.string()) {
                problems.add(t.line(), "'" + t.text() + "' is not allowed in a rules file: a file holds only package,"
                        + " the template's import lines and rules (see rules/README.md, What conditions may use)");
                skipUntilTopLevel();
            } else {
                problems.add(t.line(), "unexpected '" + FileProblems.abbreviate(t.text()) + "' outside a rule: a file holds only package,"
                        + " the template's import lines and rules");
                skipUntilTopLevel();
            }
        }
    }

    private void checkImport() {
        int line = tokens.get(pos).line();
        pos++;
        StringBuilder name = new StringBuilder();
        while (pos < tokens.size() && !tokens.get(pos).is(";") && tokens.get(pos).line() == line) {
            RuleToken t = tokens.get(pos++);
            name.append(t.text()).append(t.is("function") || t.is("static") || t.is("accumulate") ? " " : "");
        }
        if (pos < tokens.size() && tokens.get(pos).is(";")) {
            pos++;
        }
        String imported = name.toString().trim();
        boolean factType = imported.startsWith(FACTS_PACKAGE + ".") && imported.substring(FACTS_PACKAGE.length() + 1).matches("[A-Z]\\w*");
        if (!IMPORTS.contains(imported) && !factType) {
            problems.add(line, "import " + imported + " is not allowed: rules files use only the template's two import lines ("
                    + "import " + IMPORTS.get(0) + "; import " + IMPORTS.get(1) + ";)");
        }
    }

    private void rule() {
        pos++;
        String name = pos < tokens.size() ? tokens.get(pos).text() : "?";
        pos++;
        // The header: metadata was taken out by the tokenizer; anything else before 'when' is an attribute.
        while (pos < tokens.size() && !tokens.get(pos).is("when") && !tokens.get(pos).is("then") && !tokens.get(pos).is("end")) {
            RuleToken t = tokens.get(pos);
            if (t.is("extends")) {
                pos += 2;
                continue;
            }
            problems.add(t.line(), "rule \"" + name + "\": '" + FileProblems.abbreviate(t.text()) + "' is not allowed before 'when':"
                    + " a rule's header holds only metadata such as @id(...) (no salience, timers or other attributes)");
            skipAttribute();
        }
        if (pos < tokens.size() && tokens.get(pos).is("when")) {
            int start = pos + 1;
            pos = ConditionCheck.check(tokens, start, problems, knownThresholds, name);
            for (FactPatterns.Pattern pattern : FactPatterns.of(tokens, start, pos)) {
                PropertyNames.check(pattern, problems, name);
                QuotedValues.check(pattern, problems, name);
            }
        }
        if (pos >= tokens.size()) {
            return; // Drools reports the missing 'then'/'end'.
        }
        if (tokens.get(pos).is("then")) {
            consequence(name, tokens.get(pos++));
        }
        if (pos < tokens.size() && tokens.get(pos).is("end")) {
            pos++;
        } else if (pos >= tokens.size() || !tokens.get(pos).is("rule")) {
            // Drools reports the unterminated rule.
            skipUntilTopLevel();
        }
    }

    /** Everything between 'then' and 'end' must be exactly {@link #CONSEQUENCE}. */
    private void consequence(String rule, RuleToken then) {
        StringBuilder consequence = new StringBuilder();
        int end = pos;
        while (end < tokens.size() && !tokens.get(end).is("end") && !tokens.get(end).is("rule")) {
            consequence.append(tokens.get(end).string() ? "\"" + tokens.get(end).text() + "\"" : tokens.get(end).text());
            end++;
        }
        if (end >= tokens.size() || tokens.get(end).is("rule")) {
            // Drools would say something about the next rule's consequence; the mistake is this rule's missing 'end'.
            problems.add(end > pos ? tokens.get(end - 1).line() : then.line(), "rule \"" + rule + "\" has no 'end': every rule"
                    + " ends with a line holding only 'end' after its consequence 'conclude(kcontext);'"
                    + (end < tokens.size() ? " (the next rule starts at line " + tokens.get(end).line() + ")" : ""));
        } else if (!consequence.toString().equals(CONSEQUENCE)) {
            problems.add(pos < tokens.size() ? tokens.get(Math.min(pos, tokens.size() - 1)).line() : then.line(),
                    "rule \"" + rule + "\": the consequence must be exactly 'conclude(kcontext);' (found '"
                            + FileProblems.abbreviate(consequence.toString()) + "'); rules never run other code");
        }
        pos = end;
    }

    private void skipStatement() {
        int line = tokens.get(pos).line();
        pos++;
        while (pos < tokens.size() && !tokens.get(pos).is(";") && tokens.get(pos).line() == line) {
            pos++;
        }
        if (pos < tokens.size() && tokens.get(pos).is(";")) {
            pos++;
        }
    }

    private void skipAttribute() {
        int line = tokens.get(pos).line();
        pos++;
        int depth = 0;
        while (pos < tokens.size() && (depth > 0 || tokens.get(pos).line() == line)
                && !tokens.get(pos).is("when") && !tokens.get(pos).is("then")) {
            depth += tokens.get(pos).is("(") ? 1 : tokens.get(pos).is(")") ? -1 : 0;
            pos++;
        }
    }

    private void skipUntilTopLevel() {
        pos++;
        while (pos < tokens.size() && !tokens.get(pos).is("rule") && !tokens.get(pos).is("import")) {
            if (tokens.get(pos).is("end")) {
                pos++;
                return;
            }
            pos++;
        }
    }
}
