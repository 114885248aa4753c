package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one rule's conditions, from after 'when' to 'then' or 'end': only fact types, their properties,
 * the words of {@link ConditionVocabulary}, and no regular expressions ('matches'). Also checks that each
 * threshold a rule names is set, and counts joins against the {@link JoinBudget}.
 */
final class ConditionCheck {

    private final List<RuleToken> tokens;
    private final FileProblems problems;
    private final Set<String> knownThresholds;
    private final String rule;
    private final Set<String> types = new LinkedHashSet<>();
    private final JoinBudget joins = new JoinBudget();
    private final List<RuleToken> thresholdNames = new ArrayList<>();
    private int pos;
    private int depth;
    private int thresholdDepth = -1;
    private boolean thresholdHasName;

    private ConditionCheck(List<RuleToken> tokens, int pos, FileProblems problems, Set<String> knownThresholds, String rule) {
        this.tokens = tokens;
        this.pos = pos;
        this.problems = problems;
        this.knownThresholds = knownThresholds;
        this.rule = rule;
    }

    /** Checks the conditions starting at {@code pos}; returns where they end. */
    static int check(List<RuleToken> tokens, int pos, FileProblems problems, Set<String> knownThresholds, String rule) {
        ConditionCheck check = new ConditionCheck(tokens, pos, problems, knownThresholds, rule);
        check.conditions();
        return check.pos;
    }

    private void conditions() {
        // 'then', 'end' or 'rule' end the conditions even inside brackets: an unclosed bracket is a
        // syntax error that Drools reports (and a file that does not parse never runs).
        while (pos < tokens.size() && !tokens.get(pos).is("then") && !tokens.get(pos).is("end")
                && !(depth > 0 && tokens.get(pos).is("rule"))) {
            RuleToken t = tokens.get(pos);
            RuleToken prev = pos > 0 ? tokens.get(pos - 1) : null;
            RuleToken next = pos + 1 < tokens.size() ? tokens.get(pos + 1) : null;
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
                    thresholdClosed();
                }
            } else if (t.identifier()) {
                if (identifier(t, prev, next)) {
                    continue;
                }
            } else if (w.equals(";") && depth == 0) {
                problem(t, "';' ends a statement, and conditions hold no statements");
            } else if (w.equals("=") || w.equals("{") || w.equals("}") || w.equals("#") || w.equals("\\") || w.equals("`")
                    || w.equals("@") || w.equals("->") || w.equals("::")) {
                problem(t, "'" + w + "' is not allowed in a condition: conditions compare"
                        + " fact properties with ==, !=, <, <=, >, >=, in, contains, memberOf");
            }
            pos++;
        }
        String overJoined = joins.problem(rule);
        if (overJoined != null) {
            problems.add(joins.line(), overJoined);
        }
    }

    /** Checks an identifier; true when it was a type name and {@code pos} already moved past it. */
    private boolean identifier(RuleToken t, RuleToken prev, RuleToken next) {
        String w = t.text();
        boolean call = next != null && next.is("(");
        if (prev != null && prev.is(".")) {
            member(t, call);
        } else if (w.startsWith("$")) {
            if (call) {
                problem(t, "'" + w + "(' calls code; conditions only match facts");
            }
        } else if (Character.isUpperCase(w.charAt(0)) || isQualifiedStart(pos)) {
            typeName(t, prev);
            return true;
        } else if (w.equals("matches")) {
            problem(t, "'matches' is not allowed: a regular expression can take"
                    + " exponential time on a planner's text; compare with ==, in or contains instead");
        } else if (ConditionVocabulary.forbidden(w)) {
            problem(t, "'" + w + "' is not allowed in a condition"
                    + (w.equals("eval") ? " (eval runs arbitrary code; write the test as a constraint on a fact)" : ""));
        } else if (call && !ConditionVocabulary.CONDITION_WORDS.contains(w) && !ConditionVocabulary.FUNCTIONS.contains(w)) {
            problem(t, "'" + w + "(...)' is not allowed in a condition: conditions match"
                    + " facts; the functions are " + new TreeSet<>(ConditionVocabulary.FUNCTIONS) + " inside accumulate");
        } else if (w.equals("from") && (next == null || !(next.is("accumulate") || next.is("collect")))) {
            problem(t, "'from' may only be followed by accumulate or collect");
        } else if (w.equals("name") && thresholdDepth >= 0 && depth == thresholdDepth + 1) {
            thresholdHasName = true;
        }
        return false;
    }

    /** A (possibly qualified) type name at {@code pos}: a fact type or a value type, and a pattern that may join. */
    private void typeName(RuleToken t, RuleToken prev) {
        String type = qualifiedName(pos);
        Class<?> fact = ConditionVocabulary.factType(type);
        if (fact == null && !ConditionVocabulary.VALUE_TYPES.contains(type)) {
            problem(t, "'" + FileProblems.abbreviate(type) + "' is not a fact type; conditions"
                    + " match facts (" + RuleSafety.FACTS_PACKAGE + ") and may not use other Java classes");
        } else if (fact != null) {
            types.add(fact.getName());
            boolean pattern = tokens.get(pos + countParts(type)).is("(");
            // Every pattern joins, at any depth (inside brackets, not, exists, accumulate or
            // collect too), except one standing alone after not or exists, the first of a forall,
            // or the one source of an accumulate or collect: each of those is one pass per match.
            // What stands before the pattern, past a binding ($s : Stakeholder(...)).
            int back = prev != null && prev.is(":") && pos > 2 && tokens.get(pos - 2).text().startsWith("$") ? 2 : 0;
            RuleToken lead = pos - 1 - back >= 0 ? tokens.get(pos - 1 - back) : null;
            RuleToken before = pos - 2 - back >= 0 ? tokens.get(pos - 2 - back) : null;
            boolean alone = lead != null && (lead.is("not") || lead.is("exists"))
                    || lead != null && lead.is("(") && before != null && before.is("forall");
            boolean source = lead != null && lead.is("(") && before != null
                    && (before.is("accumulate") || before.is("collect"));
            if (!alone && pattern) {
                joins.start(fact.getSimpleName(), depth, t.line(), source);
            }
            if (fact.getSimpleName().equals("Threshold") && pattern) {
                thresholdDepth = depth;
                thresholdHasName = false;
                thresholdNames.clear();
            }
        }
        pos += countParts(type);
    }

    /** A Threshold(...) pattern has closed: the names it compared with must be set in the thresholds file. */
    private void thresholdClosed() {
        if (thresholdHasName && knownThresholds != null) {
            for (RuleToken n : thresholdNames) {
                if (!knownThresholds.contains(n.text())) {
                    problems.add(n.line(), "rule \"" + rule + "\" uses the threshold '" + FileProblems.abbreviate(n.text())
                            + "', which " + RulesFolder.THRESHOLDS_FILE + " does not set: add it there or fix the name");
                }
            }
        }
        thresholdDepth = -1;
    }

    /** A property or method after a dot: a property of a fact type used in the rule, or a number/collection reader. */
    private void member(RuleToken t, boolean call) {
        String w = t.text();
        boolean property = !call && FactTypes.hasProperty(types, w);
        boolean valueMethod = ConditionVocabulary.VALUE_METHODS.contains(w) && (!call || tokens.get(pos + 2).is(")"));
        if (!property && !valueMethod) {
            problem(t, "'." + w + (call ? "(...)" : "") + "' is not allowed: after a binding"
                    + " a condition may read a property of a fact this rule matches, or "
                    + new TreeSet<>(ConditionVocabulary.VALUE_METHODS) + "() of a number or list from accumulate/collect");
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

    private void problem(RuleToken at, String message) {
        problems.add(at.line(), "rule \"" + rule + "\": " + message);
    }
}
