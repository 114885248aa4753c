package org.scalingadvisor.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** JSON pointer helpers: an order that puts /activities/2 before /activities/10. */
final class Pointers {

    static final Comparator<String> ORDER = Pointers::compare;

    private Pointers() {
    }

    /** The pointers in document order. */
    static List<String> sorted(Collection<String> pointers) {
        return pointers.stream().sorted(ORDER).toList();
    }

    private static int compare(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
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
