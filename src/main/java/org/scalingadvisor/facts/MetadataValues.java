package org.scalingadvisor.facts;

import java.util.Arrays;
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
        return Arrays.stream(text(value).split(",")).map(MetadataValues::text).filter(s -> !s.isEmpty()).toList();
    }
}
