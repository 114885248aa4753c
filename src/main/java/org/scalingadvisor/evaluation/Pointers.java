package org.scalingadvisor.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** JSON pointer helpers: an order that puts /activities/2 before /activities/10. */
final class Pointers {

    private Pointers() {
    }

    /**
     * The pointers in document order. Each pointer is split once, not at every comparison: the
     * caller's {@code split} map keeps the segments across the calls of one evaluation.
     */
    static List<String> sorted(Collection<String> pointers, Map<String, String[]> split) {
        if (pointers.size() < 2) {
            return List.copyOf(pointers);
        }
        record Keyed(String pointer, String[] segments) {
        }
        Keyed[] keyed = new Keyed[pointers.size()];
        int i = 0;
        for (String pointer : pointers) {
            keyed[i++] = new Keyed(pointer, split.computeIfAbsent(pointer, p -> p.split("/", -1)));
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
        if (isIndex(a) && isIndex(b)) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    /** An array index segment: digits only, short enough to be an int. */
    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() >= 10) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
