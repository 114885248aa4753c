package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;

/** The fact patterns of one rule's conditions: each fact type with the tokens between its brackets. */
final class FactPatterns {

    /**
     * A pattern such as {@code $stage : Answer(field == "stage")}: its fact type, what its brackets hold, and the
     * name it is bound to ({@code $stage}; null when unbound).
     */
    record Pattern(Class<?> type, List<RuleToken> inside, String binding) {

        String typeName() {
            return type.getSimpleName();
        }
    }

    private FactPatterns() {
    }

    /** The patterns between token {@code from} (just after 'when') and {@code to} ('then' or 'end'). */
    static List<Pattern> of(List<RuleToken> tokens, int from, int to) {
        List<Pattern> patterns = new ArrayList<>();
        for (int i = from; i + 1 < to; i++) {
            RuleToken t = tokens.get(i);
            if (!t.identifier() || !Character.isUpperCase(t.text().charAt(0)) || !tokens.get(i + 1).is("(")) {
                continue;
            }
            Class<?> type = ConditionVocabulary.factType(t.text());
            if (type == null) {
                continue;
            }
            int close = closing(tokens, i + 1, to);
            boolean bound = i - 2 >= from && tokens.get(i - 1).is(":") && tokens.get(i - 2).text().startsWith("$");
            patterns.add(new Pattern(type, tokens.subList(i + 2, close), bound ? tokens.get(i - 2).text() : null));
            i = close;
        }
        return patterns;
    }

    /** The index of the bracket closing the one at {@code open}, or {@code to} when it is never closed. */
    private static int closing(List<RuleToken> tokens, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            depth += tokens.get(i).is("(") ? 1 : tokens.get(i).is(")") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return to;
    }
}
