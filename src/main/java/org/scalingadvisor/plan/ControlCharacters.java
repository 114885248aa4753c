package org.scalingadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Control characters are not text: NUL (which PostgreSQL cannot store in text), the other C0
 * controls but tab and line breaks, DEL and the C1 controls are refused wherever a plan holds
 * text, and the title, echoed into records, lists and log lines, is one line (no tab or line break
 * either). Each fault is given with its JSON pointer.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The pointers of the strings (values or keys) holding a character they may not, at most MAX_ERRORS. */
    static List<FieldError> find(JsonNode plan) {
        List<FieldError> errors = new ArrayList<>();
        walk(plan, "", errors);
        return errors;
    }

    private static void walk(JsonNode node, String at, List<FieldError> errors) {
        if (errors.size() >= PlanReader.MAX_ERRORS) {
            return;
        }
        if (node.isTextual()) {
            int bad = firstRefused(node.textValue(), at.equals("/title"));
            if (bad >= 0) {
                errors.add(new FieldError(at, String.format("holds the control character U+%04X, which is not text%s", bad,
                        at.equals("/title") ? " (a title is one line)" : "")));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, errors);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (firstRefused(field.getKey(), true) >= 0) {
                    errors.add(new FieldError(at, "has a field name with a control character in it"));
                } else {
                    walk(field.getValue(), child, errors);
                }
            }
        }
    }

    /**
     * Whether the UTF-8 bytes may hold a refused character: an escape (a backslash), DEL (0x7F) or a C1
     * control (0xC2 0x80 to 0xC2 0x9F), the last two allowed unescaped by JSON. Most plans hold none, and skip the walk.
     */
    static boolean mayHold(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\\' || body[i] == 0x7f || ((body[i] & 0xff) == 0xc2 && i + 1 < body.length && (body[i + 1] & 0xff) <= 0x9f
                    && (body[i + 1] & 0xff) >= 0x80)) {
                return true;
            }
        }
        return false;
    }

    /** The first character that is refused, or -1; {@code oneLine} refuses tab and line breaks too. */
    static int firstRefused(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r';
            if ((c < 0x20 && (oneLine || !layout)) || (c >= 0x7f && c <= 0x9f)) {
                return c;
            }
        }
        return -1;
    }
}
