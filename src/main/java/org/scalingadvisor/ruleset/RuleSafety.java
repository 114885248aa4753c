package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gate every rules file passes before Drools compiles it. A compiled rule can run any Java
 * (file and network I/O included), so a rules file may hold only what the trainers' guide lists:
 * {@code package}, the template's imports, and rules whose conditions match facts and whose
 * consequence is {@code conclude(kcontext);}. Everything else is refused as file:line: reason.
 *
 * <p>What conditions may use is an allow-list ({@link #CONDITION_WORDS}, {@link #FUNCTIONS},
 * {@link #VALUE_TYPES}, {@link #VALUE_METHODS}); fact types and their properties come from the
 * {@code org.scalingadvisor.facts} package itself, so a new fact type needs no change here.
 */
final class RuleSafety {

    static final String FACTS_PACKAGE = "org.scalingadvisor.facts";
    static final String CONSEQUENCE = "conclude(kcontext);";
    static final List<String> IMPORTS = List.of(FACTS_PACKAGE + ".*", "function " + FACTS_PACKAGE + ".Conclude.conclude");

    /** Words conditions may use besides fact types, properties, bindings and literals. */
    static final Set<String> CONDITION_WORDS = Set.of("not", "exists", "forall", "and", "or", "in", "contains",
            "memberOf", "this", "true", "false", "null", "from", "accumulate", "collect", "soundslike", "str");
    /** Built-in accumulate functions. */
    static final Set<String> FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");
    /** Value types a pattern may match besides facts: the results of accumulate and collect. */
    static final Set<String> VALUE_TYPES = Set.of("Number", "java.lang.Number", "Double", "Integer", "Long",
            "List", "java.util.List", "Collection", "java.util.Collection", "Set", "java.util.Set");
    /** Methods without arguments that read a number or a collection bound from accumulate or collect. */
    static final Set<String> VALUE_METHODS = Set.of("doubleValue", "intValue", "longValue", "size", "isEmpty");
    /** Words that end a rule's header, or start a construct no rules file here needs. */
    private static final Set<String> FORBIDDEN_TOP = Set.of("function", "query", "declare", "global", "dialect",
            "attributes", "unit", "template", "type", "enum");

    private final String file;
    private final String text;
    private final List<RuleProblem> problems;
    private final List<Token> tokens = new ArrayList<>();
    private final Set<String> thresholdsUsed = new LinkedHashSet<>();
    private final Set<String> knownThresholds;
    private int pos;
    /** The text to compile, built while tokenizing: metadata values are replaced by quoted literals. */
    private final StringBuilder compilable = new StringBuilder();
    private int copiedUpTo;

    private RuleSafety(String file, String text, Set<String> knownThresholds, List<RuleProblem> problems) {
        this.file = file;
        this.text = text;
        this.knownThresholds = knownThresholds;
        this.problems = problems;
    }

    /**
     * Checks one DRL file; adds a problem for each thing a rules file may not do, and each unknown
     * threshold. Returns the text to compile: the file with every metadata value given as a quoted
     * text ({@link MetadataLiterals}), so that building the rule base evaluates nothing the trainer typed.
     */
    static String check(String file, String text, Set<String> knownThresholds, List<RuleProblem> problems) {
        RuleSafety safety = new RuleSafety(file, text, knownThresholds, problems);
        // Java reads unicode escapes (backslash, u, four hex digits) before anything else, even in comments.
        for (int at = text.indexOf("\\u"); at >= 0; at = text.indexOf("\\u", at + 2)) {
            safety.problem(count(text, 0, at) + 1, "'\\u' escapes are not allowed in a rules file: type the character itself");
        }
        safety.tokenize();
        safety.topLevel();
        return safety.compilable.append(text, safety.copiedUpTo, text.length()).toString();
    }

    private record Token(String text, int line, boolean string) {

        boolean is(String s) {
            return !string && text.equals(s);
        }

        boolean identifier() {
            return !string && (Character.isJavaIdentifierStart(text.charAt(0)));
        }
    }

    // ---- top level: package, imports, rules -------------------------------------------------

    private void topLevel() {
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t.is("package")) {
                skipStatement();
            } else if (t.is("import")) {
                checkImport();
            } else if (t.is("rule")) {
                rule();
            } else if (t.is(";")) {
                pos++;
            } else if (FORBIDDEN_TOP.contains(t.text()) && !t.string()) {
                problem(t.line(), "'" + t.text() + "' is not allowed in a rules file: a file holds only package,"
                        + " the template's import lines and rules (see rules/README.md, What conditions may use)");
                skipUntilTopLevel();
            } else {
                problem(t.line(), "unexpected '" + shortText(t) + "' outside a rule: a file holds only package,"
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
            Token t = tokens.get(pos++);
            name.append(t.text()).append(t.is("function") || t.is("static") || t.is("accumulate") ? " " : "");
        }
        if (pos < tokens.size() && tokens.get(pos).is(";")) {
            pos++;
        }
        String imported = name.toString().trim();
        boolean factType = imported.startsWith(FACTS_PACKAGE + ".") && imported.substring(FACTS_PACKAGE.length() + 1).matches("[A-Z]\\w*");
        if (!IMPORTS.contains(imported) && !factType) {
            problem(line, "import " + imported + " is not allowed: rules files use only the template's two import lines ("
                    + "import " + IMPORTS.get(0) + "; import " + IMPORTS.get(1) + ";)");
        }
    }

    private void rule() {
        Token start = tokens.get(pos++);
        String name = pos < tokens.size() ? tokens.get(pos).text() : "?";
        pos++;
        // The header: metadata was skipped by the tokenizer; anything else before 'when' is an attribute.
        while (pos < tokens.size() && !tokens.get(pos).is("when") && !tokens.get(pos).is("then") && !tokens.get(pos).is("end")) {
            Token t = tokens.get(pos);
            if (t.is("extends")) {
                pos += 2;
                continue;
            }
            problem(t.line(), "rule \"" + name + "\": '" + shortText(t) + "' is not allowed before 'when': a rule's header"
                    + " holds only metadata such as @id(...) (no salience, timers or other attributes)");
            skipAttribute();
        }
        if (pos < tokens.size() && tokens.get(pos).is("when")) {
            pos++;
            conditions(name);
        }
        if (pos >= tokens.size()) {
            return; // Drools reports the missing 'then'/'end'.
        }
        if (tokens.get(pos).is("then")) {
            Token then = tokens.get(pos++);
            StringBuilder consequence = new StringBuilder();
            int end = pos;
            while (end < tokens.size() && !tokens.get(end).is("end")) {
                consequence.append(tokens.get(end).string() ? "\"" + tokens.get(end).text() + "\"" : tokens.get(end).text());
                end++;
            }
            if (!consequence.toString().equals(CONSEQUENCE)) {
                problem(pos < tokens.size() ? tokens.get(Math.min(pos, tokens.size() - 1)).line() : then.line(),
                        "rule \"" + name + "\": the consequence must be exactly 'conclude(kcontext);' (found '"
                                + abbreviate(consequence.toString()) + "'); rules never run other code");
            }
            pos = end;
        }
        if (pos < tokens.size() && tokens.get(pos).is("end")) {
            pos++;
        } else if (start != null) {
            // Drools reports the unterminated rule.
            skipUntilTopLevel();
        }
    }

    // ---- conditions ---------------------------------------------------------------------------

    private void conditions(String rule) {
        Set<String> types = new LinkedHashSet<>();
        int depth = 0;
        int thresholdDepth = -1;
        boolean thresholdHasName = false;
        List<Token> thresholdNames = new ArrayList<>();
        JoinBudget joins = new JoinBudget();
        // 'then', 'end' or 'rule' end the conditions even inside brackets: an unclosed bracket is a
        // syntax error that Drools reports (and a file that does not parse never runs).
        while (pos < tokens.size() && !tokens.get(pos).is("then") && !tokens.get(pos).is("end")
                && !(depth > 0 && tokens.get(pos).is("rule"))) {
            Token t = tokens.get(pos);
            Token prev = pos > 0 ? tokens.get(pos - 1) : null;
            Token next = pos + 1 < tokens.size() ? tokens.get(pos + 1) : null;
            if (t.string()) {
                if (thresholdDepth >= 0) {
                    thresholdNames.add(t);
                }
                pos++;
                continue;
            }
            String w = t.text();
            if (w.equals("==") || w.equals("in") && !(prev != null && prev.is("not"))) {
                joins.equality(prev != null && prev.text().startsWith("$") || next != null && next.text().startsWith("$"));
            }
            if (w.equals("(")) {
                depth++;
            } else if (w.equals(")")) {
                depth--;
                joins.closed(depth, next != null && (next.is("and") || next.is("or") || next.is("&&") || next.is("||")));
                if (depth == thresholdDepth) {
                    if (thresholdHasName) {
                        thresholdNames.forEach(n -> thresholdsUsed.add(n.text()));
                        for (Token n : thresholdNames) {
                            if (knownThresholds != null && !knownThresholds.contains(n.text())) {
                                problem(n.line(), "rule \"" + rule + "\" uses the threshold '" + abbreviate(n.text())
                                        + "', which " + RulesFolder.THRESHOLDS_FILE + " does not set: add it there or fix the name");
                            }
                        }
                    }
                    thresholdDepth = -1;
                }
            } else if (t.identifier()) {
                boolean afterDot = prev != null && prev.is(".");
                boolean call = next != null && next.is("(");
                if (afterDot) {
                    checkMember(rule, t, call, types);
                } else if (w.startsWith("$")) {
                    if (call) {
                        problem(t.line(), "rule \"" + rule + "\": '" + w + "(' calls code; conditions only match facts");
                    }
                } else if (Character.isUpperCase(w.charAt(0)) || isQualifiedStart(pos)) {
                    String type = qualifiedName(pos);
                    Class<?> fact = factType(type);
                    if (fact == null && !VALUE_TYPES.contains(type)) {
                        problem(t.line(), "rule \"" + rule + "\": '" + abbreviate(type) + "' is not a fact type; conditions"
                                + " match facts (" + FACTS_PACKAGE + ") and may not use other Java classes");
                    } else if (fact != null) {
                        types.add(fact.getName());
                        // Every pattern joins, at any depth (inside brackets, not, exists, accumulate or
                        // collect too), except one standing alone after not or exists, the first of a forall,
                        // or the one source of an accumulate or collect: each of those is one pass per match.
                        // What stands before the pattern, past a binding ($s : Stakeholder(...)).
                        int back = prev != null && prev.is(":") && pos > 2 && tokens.get(pos - 2).text().startsWith("$") ? 2 : 0;
                        Token lead = pos - 1 - back >= 0 ? tokens.get(pos - 1 - back) : null;
                        Token before = pos - 2 - back >= 0 ? tokens.get(pos - 2 - back) : null;
                        boolean alone = lead != null && (lead.is("not") || lead.is("exists"))
                                || lead != null && lead.is("(") && before != null && before.is("forall");
                        boolean source = lead != null && lead.is("(") && before != null
                                && (before.is("accumulate") || before.is("collect"));
                        if (!alone && tokens.get(pos + countParts(type)).is("(")) {
                            joins.start(fact.getSimpleName(), depth, t.line(), source);
                        }
                        if (fact.getSimpleName().equals("Threshold") && tokens.get(pos + countParts(type)).is("(")) {
                            thresholdDepth = depth;
                            thresholdHasName = false;
                            thresholdNames.clear();
                        }
                    }
                    pos += countParts(type);
                    continue;
                } else if (w.equals("matches")) {
                    problem(t.line(), "rule \"" + rule + "\": 'matches' is not allowed: a regular expression can take"
                            + " exponential time on a planner's text; compare with ==, in or contains instead");
                } else if (forbiddenWord(w)) {
                    problem(t.line(), "rule \"" + rule + "\": '" + w + "' is not allowed in a condition"
                            + (w.equals("eval") ? " (eval runs arbitrary code; write the test as a constraint on a fact)" : ""));
                } else if (call && !CONDITION_WORDS.contains(w) && !FUNCTIONS.contains(w)) {
                    problem(t.line(), "rule \"" + rule + "\": '" + w + "(...)' is not allowed in a condition: conditions match"
                            + " facts; the functions are " + new java.util.TreeSet<>(FUNCTIONS) + " inside accumulate");
                } else if (w.equals("from") && (next == null || !(next.is("accumulate") || next.is("collect")))) {
                    problem(t.line(), "rule \"" + rule + "\": 'from' may only be followed by accumulate or collect");
                } else if (w.equals("name") && thresholdDepth >= 0 && depth == thresholdDepth + 1) {
                    thresholdHasName = true;
                }
            } else if (w.equals(";") && depth == 0) {
                problem(t.line(), "rule \"" + rule + "\": ';' ends a statement, and conditions hold no statements");
            } else if (w.equals("=") || w.equals("{") || w.equals("}") || w.equals("#") || w.equals("\\") || w.equals("`")
                    || w.equals("@") || w.equals("->") || w.equals("::")) {
                problem(t.line(), "rule \"" + rule + "\": '" + w + "' is not allowed in a condition: conditions compare"
                        + " fact properties with ==, !=, <, <=, >, >=, in, contains, memberOf");
            }
            pos++;
        }
        String overJoined = joins.problem(rule);
        if (overJoined != null) {
            problem(joins.line(), overJoined);
        }
    }

    private static boolean forbiddenWord(String w) {
        return switch (w) {
            case "eval", "new", "over", "window", "entry", "modify", "insert", "insertLogical", "retract", "delete",
                 "update", "drools", "kcontext", "return", "if", "for", "while", "do", "throw", "try", "catch", "def",
                 "function", "import", "with", "foreach", "init", "action", "reverse", "result", "class", "instanceof",
                 "assert", "synchronized", "switch", "var", "isA" -> true;
            default -> false;
        };
    }

    /** A property or method after a dot: a property of a fact type used in the rule, or a number/collection reader. */
    private void checkMember(String rule, Token t, boolean call, Set<String> types) {
        String w = t.text();
        boolean property = !call && FactTypes.hasProperty(types, w);
        boolean valueMethod = VALUE_METHODS.contains(w) && (!call || tokens.get(pos + 2).is(")"));
        if (!property && !valueMethod) {
            problem(t.line(), "rule \"" + rule + "\": '." + w + (call ? "(...)" : "") + "' is not allowed: after a binding"
                    + " a condition may read a property of a fact this rule matches, or " + new java.util.TreeSet<>(VALUE_METHODS)
                    + "() of a number or list from accumulate/collect");
        }
    }

    private boolean isQualifiedStart(int at) {
        return at + 1 < tokens.size() && tokens.get(at + 1).is(".") && qualifiedName(at).chars().anyMatch(Character::isUpperCase)
                && !tokens.get(at).text().startsWith("$") && (at == 0 || !tokens.get(at - 1).is("."));
    }

    /** a.b.C as one name (stops after the first part that starts with a capital letter). */
    private String qualifiedName(int at) {
        StringBuilder name = new StringBuilder(tokens.get(at).text());
        int i = at;
        while (!Character.isUpperCase(tokens.get(i).text().charAt(0)) && i + 2 < tokens.size()
                && tokens.get(i + 1).is(".") && tokens.get(i + 2).identifier()) {
            name.append('.').append(tokens.get(i + 2).text());
            i += 2;
        }
        return name.toString();
    }

    private static int countParts(String qualified) {
        return qualified.split("\\.").length * 2 - 1;
    }

    private static Class<?> factType(String name) {
        return name.contains(".") ? (name.startsWith(FACTS_PACKAGE + ".") ? FactTypes.find(name.substring(FACTS_PACKAGE.length() + 1)) : null)
                : FactTypes.find(name);
    }

    // ---- skipping -------------------------------------------------------------------------------

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

    // ---- tokens ---------------------------------------------------------------------------------

    /**
     * Splits the file into identifiers, numbers, strings and symbols with their lines. Comments go;
     * metadata values ({@code @key(...)} before 'when') are skipped whole, since they are free text.
     */
    private void tokenize() {
        int i = 0;
        int line = 1;
        boolean inHeader = false;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                // A comment ends at a line break of either kind, as it does for Java.
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int start = i + 1;
                int j = start;
                StringBuilder value = new StringBuilder();
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    if (text.charAt(j) == '\\' && j + 1 < n) {
                        value.append(text.charAt(j + 1));
                        j += 2;
                    } else {
                        value.append(text.charAt(j++));
                    }
                }
                tokens.add(new Token(value.toString(), line, true));
                i = Math.min(n, j + 1);
            } else if (c == '@' && inHeader && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) {
                    j++;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                if (k < n && text.charAt(k) == '(') {
                    int end = closingParen(k);
                    metadata(text.substring(i + 1, j), k, end, line);
                    line += count(text, i, end);
                    i = end;
                } else {
                    i = j;
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(i, j);
                if (word.equals("rule")) {
                    inHeader = true;
                } else if (word.equals("when") || word.equals("then")) {
                    inHeader = false;
                }
                tokens.add(new Token(word, line, false));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
                        && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
                    j++;
                }
                tokens.add(new Token(text.substring(i, j), line, false));
                i = j;
            } else {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                if (List.of("==", "!=", "<=", ">=", "&&", "||", "->", "::").contains(two)) {
                    tokens.add(new Token(two, line, false));
                    i += 2;
                } else {
                    tokens.add(new Token(String.valueOf(c), line, false));
                    i++;
                }
            }
        }
    }

    /**
     * One metadata value, {@code @key(...)} with its parentheses at {@code open} and just before
     * {@code end}: refused unless it is a literal, and handed to Drools as a quoted text.
     */
    private void metadata(String key, int open, int end, int line) {
        boolean closed = end > open && end <= text.length() && text.charAt(end - 1) == ')';
        String between = text.substring(open + 1, closed ? end - 1 : end);
        java.util.Optional<String> literal = closed ? MetadataLiterals.literal(between) : java.util.Optional.empty();
        if (literal.isEmpty()) {
            problem(line, MetadataLiterals.refusal(key, between));
            return;
        }
        compilable.append(text, copiedUpTo, open + 1).append(MetadataLiterals.asText(literal.get()));
        copiedUpTo = end - 1;
    }

    /** The index just after the parenthesis closing the one at {@code open}; quotes inside are respected. */
    private int closingParen(int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int count(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private void problem(int line, String message) {
        problems.add(new RuleProblem(file, line, message));
    }

    /** Never echoes much of the file: a token is shown only if short. */
    private static String shortText(Token t) {
        return abbreviate(t.text());
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
