package org.scalingadvisor.ruleset;

import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Missing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which plan fields the rules read, and how, worked out from the rules' text when a rule set compiles: a field
 * no {@code Answer} or {@code Missing} pattern names is not read at all; a field every condition on which
 * compares {@code value} with quoted texts only ({@code ==}, {@code !=}, {@code in}, {@code not in}) is read
 * through those texts, so any two values outside them look the same to every rule; a field read otherwise
 * ({@code number}, a binding, {@code contains}, a pattern bound and used again) is read whole. A pattern that
 * names no field ({@code Answer(value == "x")}) reads every field whole. The claims table's fields, which the
 * facts layer compares in Java, count as read the same way.
 */
public final class FieldReads {

    /** How the rules read one field: whole, or only through comparisons with {@code literals}. */
    public record Read(boolean whole, Set<String> literals) {

        static final Read WHOLE = new Read(true, Set.of());
    }

    private static final Set<String> KEYWORDS = Set.of("in", "not", "true", "false", "null");

    private final Map<String, Read> fields;
    private final boolean everyFieldWhole;

    private FieldReads(Map<String, Read> fields, boolean everyFieldWhole) {
        this.fields = Map.copyOf(fields);
        this.everyFieldWhole = everyFieldWhole;
    }

    /** How the rules read {@code field} (a dotted field as facts name it), or null when no rule reads it. */
    public Read of(String field) {
        return everyFieldWhole ? Read.WHOLE : fields.get(field);
    }

    /** The fields of rules files' texts and the claims table. */
    static FieldReads of(List<String> drlTexts, ClaimTable claims) {
        Builder builder = new Builder();
        for (String text : drlTexts) {
            List<RuleToken> tokens = DrlTokenizer.tokens(text, new MetadataValues(text, new FileProblems("", new ArrayList<>())));
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is("when")) {
                    int end = i + 1;
                    while (end < tokens.size() && !tokens.get(end).is("then") && !tokens.get(end).is("rule")) {
                        end++;
                    }
                    builder.rule(tokens.subList(i + 1, end));
                    i = end;
                }
            }
        }
        for (ClaimTable.Claim claim : claims.claims().values()) {
            builder.literals(claim.field(), Set.of(claim.value()));
            for (ClaimTable.FieldCondition condition : claim.fields()) {
                if (condition.atLeast() != null) {
                    builder.whole(condition.field());
                } else {
                    builder.literals(condition.field(), condition.values());
                }
            }
        }
        return new FieldReads(builder.fields, builder.everyFieldWhole);
    }

    private static final class Builder {
        final Map<String, Read> fields = new HashMap<>();
        boolean everyFieldWhole;

        void rule(List<RuleToken> conditions) {
            for (FactPatterns.Pattern pattern : FactPatterns.of(conditions, 0, conditions.size())) {
                if (pattern.type() == Answer.class || pattern.type() == Missing.class) {
                    pattern(pattern, conditions);
                }
            }
        }

        private void pattern(FactPatterns.Pattern pattern, List<RuleToken> conditions) {
            List<RuleToken> inside = pattern.inside();
            Set<String> named = new HashSet<>();
            Set<String> literals = new HashSet<>();
            boolean whole = usedAgain(pattern.binding(), conditions);
            boolean anyField = false;
            for (int i = 0; i < inside.size(); i++) {
                RuleToken t = inside.get(i);
                if (!t.identifier() || t.text().startsWith("$") || KEYWORDS.contains(t.text()) || i > 0 && inside.get(i - 1).is(".")) {
                    continue;
                }
                List<String> texts = quotedComparison(inside, i);
                if (t.text().equals("field")) {
                    anyField |= texts == null || !inside.get(i + 1).is("==") && !inside.get(i + 1).is("in");
                    if (texts != null) {
                        named.addAll(texts);
                    }
                } else if (t.text().equals("value") && texts != null) {
                    literals.addAll(texts);
                } else {
                    whole = true; // number, pointer, this, value compared otherwise
                }
            }
            if (anyField || named.isEmpty()) {
                everyFieldWhole = true;
                return;
            }
            for (String field : named) {
                if (whole) {
                    whole(field);
                } else {
                    literals(field, literals);
                }
            }
        }

        void whole(String field) {
            fields.put(field, Read.WHOLE);
        }

        void literals(String field, Set<String> literals) {
            Read read = fields.get(field);
            if (read == null || !read.whole()) {
                Set<String> all = new HashSet<>(literals);
                if (read != null) {
                    all.addAll(read.literals());
                }
                fields.put(field, new Read(false, Set.copyOf(all)));
            }
        }
    }

    /** Whether the name a pattern is bound to appears again in the rule's conditions (its properties read there). */
    private static boolean usedAgain(String binding, List<RuleToken> conditions) {
        if (binding == null) {
            return false;
        }
        int uses = 0;
        for (RuleToken t : conditions) {
            uses += !t.string() && t.text().equals(binding) ? 1 : 0;
        }
        return uses > 1;
    }

    /**
     * The quoted texts the property at {@code at} is compared with ({@code p == "a"}, {@code p != "a"},
     * {@code p in ("a", "b")}, {@code p not in (...)}), or null when it is used any other way.
     */
    private static List<String> quotedComparison(List<RuleToken> inside, int at) {
        int op = at + 1;
        if (op < inside.size() && inside.get(op).is("not")) {
            op++;
            if (op >= inside.size() || !inside.get(op).is("in")) {
                return null;
            }
        }
        if (op + 1 >= inside.size() || at > 0 && inside.get(at - 1).is(":")) {
            return null;
        }
        RuleToken operator = inside.get(op);
        if ((operator.is("==") || operator.is("!=")) && inside.get(op + 1).string()) {
            return List.of(inside.get(op + 1).text());
        }
        if (!operator.is("in") || !inside.get(op + 1).is("(")) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (int j = op + 2; j < inside.size(); j++) {
            RuleToken t = inside.get(j);
            if (t.is(")")) {
                return texts;
            }
            if (t.string()) {
                texts.add(t.text());
            } else if (!t.is(",")) {
                return null;
            }
        }
        return null;
    }
}
