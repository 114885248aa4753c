package org.scalingadvisor.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An application/x-www-form-urlencoded body as the ordered name/value pairs the browser sent. */
record FormBody(List<Pair> pairs) {

    /** One control's name and value. */
    record Pair(String name, String value) {
    }

    static FormBody parse(String body) {
        List<Pair> pairs = new ArrayList<>();
        if (body != null && !body.isEmpty()) {
            for (String part : body.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = URLDecoder.decode(eq >= 0 ? part.substring(0, eq) : part, StandardCharsets.UTF_8);
                String value = eq >= 0 ? URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8) : "";
                pairs.add(new Pair(name, value));
            }
        }
        return new FormBody(List.copyOf(pairs));
    }

    /** The first value sent under {@code name}, or null. */
    String first(String name) {
        for (Pair pair : pairs) {
            if (pair.name().equals(name)) {
                return pair.value();
            }
        }
        return null;
    }
}
