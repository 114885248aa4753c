package org.scalingadvisor.ruleset;

import java.util.List;
import java.util.Set;

/**
 * The properties a pattern names must be properties of its fact type: {@code Activity(typ == "PILOT")} is
 * refused here, with the nearest property, instead of Drools' "unable to resolve method using strict-mode".
 */
final class PropertyNames {

    /** Words inside a pattern that are not property names (operators in words, literals, this). */
    private static final Set<String> NOT_PROPERTIES = Set.of("excludes", "matches");

    private PropertyNames() {
    }

    static void check(FactPatterns.Pattern pattern, FileProblems problems, String rule) {
        List<RuleToken> inside = pattern.inside();
        for (int i = 0; i < inside.size(); i++) {
            RuleToken t = inside.get(i);
            RuleToken prev = i > 0 ? inside.get(i - 1) : null;
            RuleToken next = i + 1 < inside.size() ? inside.get(i + 1) : null;
            if (!t.identifier() || t.text().startsWith("$") || Character.isUpperCase(t.text().charAt(0))
                    || prev != null && prev.is(".") || next != null && (next.is("(") || next.is(":"))
                    || ConditionVocabulary.CONDITION_WORDS.contains(t.text()) || ConditionVocabulary.forbidden(t.text())
                    || NOT_PROPERTIES.contains(t.text())) {
                continue; // bindings, calls, types and words the condition check judges
            }
            if (!FactTypes.hasProperty(List.of(pattern.type().getName()), t.text())) {
                Set<String> known = FactTypes.properties(pattern.type());
                problems.add(t.line(), "rule \"" + rule + "\": " + pattern.typeName() + " has no property '" + t.text() + "'"
                        + DidYouMean.hint(t.text(), known) + "; its properties are " + known);
            }
        }
    }
}
