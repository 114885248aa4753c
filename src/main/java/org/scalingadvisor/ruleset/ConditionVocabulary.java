package org.scalingadvisor.ruleset;

import java.util.Set;

/**
 * What a rule's conditions may say, as allow-lists, and the words they may never use. Fact types and
 * their properties come from the {@code org.scalingadvisor.facts} package itself ({@link FactTypes}),
 * so a new fact type needs no change here.
 */
final class ConditionVocabulary {

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

    private ConditionVocabulary() {
    }

    /** Words that run code, change facts or reach past matching: never in a condition. */
    static boolean forbidden(String w) {
        return switch (w) {
            case "eval", "new", "over", "window", "entry", "modify", "insert", "insertLogical", "retract", "delete",
                 "update", "drools", "kcontext", "return", "if", "for", "while", "do", "throw", "try", "catch", "def",
                 "function", "import", "with", "foreach", "init", "action", "reverse", "result", "class", "instanceof",
                 "assert", "synchronized", "switch", "var", "isA" -> true;
            default -> false;
        };
    }

    /** The fact class a (simple or qualified) type name means, or null when it is no fact type. */
    static Class<?> factType(String name) {
        return name.contains(".") ? (name.startsWith(RuleSafety.FACTS_PACKAGE + ".")
                ? FactTypes.find(name.substring(RuleSafety.FACTS_PACKAGE.length() + 1)) : null)
                : FactTypes.find(name);
    }
}
