package org.scalingadvisor.evaluation;

import java.util.Collection;
import java.util.List;

/** JSON pointer helpers: an order that puts /activities/2 before /activities/10. */
final class Pointers {

    private Pointers() {
    }

    /** The pointers in document order (each pointer is split once, not at every comparison). */
    static List<String> sorted(Collection<String> pointers) {
        if (pointers.size() < 2) {
            return List.copyOf(pointers);
        }
        record Keyed(String pointer, String[] segments) {
        }
        Keyed[] keyed = new Keyed[pointers.size()];
        int i = 0;
        for (String pointer : pointers) {
            keyed[i++] = new Keyed(pointer, pointer.split("/", -1));
        }
        java.util.Arrays.sort(keyed, (a, b) -> compareSegments(a.segments(), b.segments()));
        String[] out = new String[keyed.length];
        for (i = 0; i < keyed.length; i++) {
            out[i] = keyed[i].pointer();
        }
        return List.of(out);
    }

    private static int compareSegments(String[] x, String[] y) {
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        boolean numA = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
        boolean numB = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
        if (numA && numB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
