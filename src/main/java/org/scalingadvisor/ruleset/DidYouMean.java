package org.scalingadvisor.ruleset;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known word nearest a mistyped one, by edit distance, when it is near enough to be the one meant. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The nearest candidate within a third of the word's length (at least 2 edits), or empty. */
    static Optional<String> nearest(String typed, Collection<String> candidates) {
        int allowed = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .filter(c -> distance(typed.toLowerCase(), c.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt((String c) -> distance(typed.toLowerCase(), c.toLowerCase())).thenComparing(c -> c));
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String hint(String typed, Collection<String> candidates) {
        return nearest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
