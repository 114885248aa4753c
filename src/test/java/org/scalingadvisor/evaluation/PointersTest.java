package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pointers in document order: the in-place comparison orders exactly as splitting each pointer does. */
class PointersTest {

    @Test
    void arrayIndexesAreOrderedByNumberAndParentsComeFirst() {
        List<String> pointers = List.of("/activities/10/budget", "/activities/2", "/activities/2/budget", "/activities/10",
                "/title", "/activities", "/activities/1a");
        assertEquals(List.of("/activities", "/activities/2", "/activities/2/budget", "/activities/10",
                "/activities/10/budget", "/activities/1a", "/title"), Pointers.sorted(pointers));
    }

    @Test
    void ordersRandomPointersLikeTheSegmentSplittingReference() {
        Random random = new Random(13);
        String[] parts = {"", "a", "b", "ab", "activities", "0", "1", "2", "9", "10", "011", "1234567890", "x1", "\u0661\u0662",
                "é", "A", "~0", "~1"};
        for (int round = 0; round < 2000; round++) {
            List<String> pointers = new ArrayList<>();
            for (int n = random.nextInt(12); n >= 0; n--) {
                StringBuilder p = new StringBuilder();
                for (int depth = random.nextInt(4); depth >= 0; depth--) {
                    p.append('/').append(parts[random.nextInt(parts.length)]);
                }
                pointers.add(p.toString());
            }
            List<String> expected = new ArrayList<>(pointers);
            expected.sort(REFERENCE);
            assertEquals(expected, Pointers.sorted(pointers), () -> "pointers " + pointers);
        }
    }

    /** The order as first written: split at '/', compare segment by segment, indexes as numbers. */
    private static final Comparator<String> REFERENCE = (a, b) -> {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = index(x[i]) && index(y[i]) ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static boolean index(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
