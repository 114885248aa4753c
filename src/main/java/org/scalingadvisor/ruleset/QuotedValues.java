package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The texts a pattern compares with must be names and values the plan can give: a quoted field name
 * ({@code Answer(field == "innovation.changesProfesionalRoles")}, {@code Missing(field in (...))}) must be
 * a field of the plan schema or one the facts layer adds ({@code approach.routes.count}); a quoted value
 * ({@code value == "ACTVE"}, {@code value in (...)}, {@code Activity(type == ...)}) must be one the field
 * can take. A typo here would otherwise compile, go live and silently never match.
 */
final class QuotedValues {

    /** One constraint comparing a property with quoted texts: {@code p == "a"}, {@code p in ("a", "b")}. */
    private record Comparison(String property, List<RuleToken> texts, boolean names) {
    }

    private QuotedValues() {
    }

    static void check(FactPatterns.Pattern pattern, FileProblems problems, String rule) {
        PlanVocabulary vocabulary = PlanVocabulary.get();
        List<Comparison> comparisons = comparisons(pattern.inside());
        boolean hasField = FactTypes.hasProperty(List.of(pattern.type().getName()), "field");
        List<PlanVocabulary.Values> named = new ArrayList<>();
        boolean everyFieldKnown = true;
        for (Comparison c : comparisons) {
            if (hasField && c.property().equals("field")) {
                for (RuleToken text : c.texts()) {
                    Optional<PlanVocabulary.Values> values = vocabulary.field(text.text());
                    if (values.isEmpty()) {
                        everyFieldKnown = false;
                        problems.add(text.line(), "rule \"" + rule + "\": '" + FileProblems.abbreviate(text.text())
                                + "' is not a field of the plan" + DidYouMean.hint(text.text(), vocabulary.fields())
                                + "; fields are named as in the plan schema, e.g. innovation.nature, approach.routes.count");
                    } else if (c.names()) {
                        named.add(values.get());
                    }
                }
            }
        }
        for (Comparison c : comparisons) {
            if (hasField && c.property().equals("value") && everyFieldKnown && !named.isEmpty()) {
                checkValues(c, named, fieldsOf(comparisons), problems, rule);
            } else if (!hasField) {
                vocabulary.property(pattern.typeName(), c.property()).ifPresent(values ->
                        checkValues(c, List.of(values), pattern.typeName() + "." + c.property(), problems, rule));
            }
        }
    }

    private static void checkValues(Comparison c, List<PlanVocabulary.Values> fields, String what, FileProblems problems,
                                    String rule) {
        Set<String> allowed = new TreeSet<>();
        for (PlanVocabulary.Values values : fields) {
            if (values.shape() == PlanVocabulary.Shape.TEXT) {
                return; // free text: any value may be meant
            }
            allowed.addAll(values.allowed());
        }
        for (RuleToken text : c.texts()) {
            String value = text.text();
            boolean fits = fields.stream().anyMatch(v -> switch (v.shape()) {
                case CHOICE -> v.allowed().contains(value);
                case WHOLE_NUMBER -> value.matches("-?[0-9]+");
                case NUMBER -> value.matches("-?[0-9]+(\\.[0-9]+)?");
                case TEXT -> true;
            });
            if (!fits) {
                problems.add(text.line(), "rule \"" + rule + "\": '" + FileProblems.abbreviate(value) + "' is not a value of "
                        + what + DidYouMean.hint(value, allowed) + "; "
                        + (allowed.isEmpty() ? "it holds a number, written as text (\"12\"): compare 'number' to compare amounts"
                        : "its values are " + String.join(", ", allowed)));
            }
        }
    }

    private static String fieldsOf(List<Comparison> comparisons) {
        Set<String> fields = new LinkedHashSet<>();
        comparisons.stream().filter(c -> c.property().equals("field") && c.names())
                .forEach(c -> c.texts().forEach(t -> fields.add(t.text())));
        return String.join(" or ", fields);
    }

    /** Every {@code property ==|!= "text"}, {@code property [not] in ("a", ...)} and {@code property [not] contains "text"}. */
    private static List<Comparison> comparisons(List<RuleToken> inside) {
        List<Comparison> found = new ArrayList<>();
        for (int i = 0; i + 2 < inside.size(); i++) {
            RuleToken property = inside.get(i);
            if (!property.identifier() || property.text().startsWith("$") || i > 0 && inside.get(i - 1).is(".")) {
                continue;
            }
            int at = i + 1;
            boolean negated = inside.get(at).is("not") || inside.get(at).is("!=");
            if (inside.get(at).is("not")) {
                at++;
            }
            RuleToken operator = inside.get(at);
            if ((operator.is("==") || operator.is("!=") || operator.is("contains")) && at + 1 < inside.size()
                    && inside.get(at + 1).string()) {
                found.add(new Comparison(property.text(), List.of(inside.get(at + 1)), !negated && operator.is("==")));
            } else if (operator.is("in") && at + 1 < inside.size() && inside.get(at + 1).is("(")) {
                List<RuleToken> texts = new ArrayList<>();
                for (int j = at + 2; j < inside.size() && !inside.get(j).is(")"); j++) {
                    if (inside.get(j).string()) {
                        texts.add(inside.get(j));
                    }
                }
                found.add(new Comparison(property.text(), texts, !negated));
            }
        }
        return found;
    }
}
