package org.scalingadvisor.evaluation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** JSON pointer helpers: an order that puts /activities/2 before /activities/10. */
final class Pointers {

    private Pointers() {
    }

    /**
     * The pointers in document order: segment by segment, array indexes by number and other segments
     * as strings, a pointer before the pointers below it. Compared in place, without splitting.
     */
    static List<String> sorted(Collection<String> pointers) {
        if (pointers.size() < 2) {
            return List.copyOf(pointers);
        }
        String[] out = pointers.toArray(new String[0]);
        Arrays.sort(out, Pointers::compare);
        return List.of(out);
    }

    /**
     * Compares two pointers as {@link #sorted} orders them. Pointers of one plan share long prefixes, so
     * the segment where they first differ is found by comparing characters, and compared first: only
     * when it ties (equal numbers such as 2 and 02, or one pointer ending there) does the walk go on
     * segment by segment from it.
     */
    static int compare(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int p = 0;
        while (p < n && x.charAt(p) == y.charAt(p)) {
            p++;
        }
        if (p == x.length() && p == y.length()) {
            return 0;
        }
        int start = p == 0 ? 0 : x.lastIndexOf('/', p - 1) + 1; // the shared prefix ends inside this segment
        int c = compareSegment(x, start, segmentEnd(x, start), y, start, segmentEnd(y, start));
        return c != 0 ? c : compareFrom(x, y, start);
    }

    private static int compareFrom(String x, String y, int from) {
        int i = from;
        int j = from;
        while (true) {
            int endX = segmentEnd(x, i);
            int endY = segmentEnd(y, j);
            int c = compareSegment(x, i, endX, y, j, endY);
            if (c != 0) {
                return c;
            }
            boolean moreX = endX < x.length();
            boolean moreY = endY < y.length();
            if (!moreX || !moreY) {
                return Boolean.compare(moreX, moreY);
            }
            i = endX + 1;
            j = endY + 1;
        }
    }

    private static int segmentEnd(String s, int from) {
        int end = s.indexOf('/', from);
        return end < 0 ? s.length() : end;
    }

    private static int compareSegment(String x, int fromX, int toX, String y, int fromY, int toY) {
        if (isIndex(x, fromX, toX) && isIndex(y, fromY, toY)) {
            return Integer.compare(Integer.parseInt(x, fromX, toX, 10), Integer.parseInt(y, fromY, toY, 10));
        }
        int n = Math.min(toX - fromX, toY - fromY);
        for (int k = 0; k < n; k++) {
            char a = x.charAt(fromX + k);
            char b = y.charAt(fromY + k);
            if (a != b) {
                return a - b;
            }
        }
        return (toX - fromX) - (toY - fromY);
    }

    /** An array index segment: digits only, short enough to be an int. */
    private static boolean isIndex(String s, int from, int to) {
        if (to == from || to - from >= 10) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
