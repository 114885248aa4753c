package org.scalingadvisor.facts;

import java.util.ArrayList;
import java.util.List;

/** How rule metadata values are read: {@code @refs(MYTH-1, DVF-2)} is a comma-separated list. */
public final class MetadataValues {

    private MetadataValues() {
    }

    /** The value as trimmed text, "" when absent; surrounding quotes are removed. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") && s.indexOf('"', 1) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The value split on commas, each part trimmed and unquoted; empty parts dropped. */
    public static List<String> list(Object value) {
        String text = text(value);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int comma = text.indexOf(',', from);
            int to = comma < 0 ? text.length() : comma;
            String part = text(text.substring(from, to));
            if (!part.isEmpty()) {
                parts.add(part);
            }
            from = to + 1;
        }
        return List.copyOf(parts);
    }
}
