package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a JSON pointer into a plan (as in evidence, missing fields and validation errors) to what
 * the planner sees: the field's label on the form and the control that edits it.
 */
@Singleton
final class FieldLocator {

    /** A field on the form: its label ("Activity 3 › Type"), its control's name and the id to jump to. */
    record Location(String label, String name, String anchor) {
    }

    private final PlanFields fields;

    FieldLocator(PlanFields fields) {
        this.fields = fields;
    }

    /** The field a pointer names, or null when no control edits it (e.g. a field the schema does not know). */
    Location locate(String pointer) {
        if (pointer == null || !pointer.startsWith("/")) {
            return null;
        }
        List<Field> level = fields.all();
        Field current = null;
        StringBuilder path = new StringBuilder();
        List<String> label = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (current != null && current.kind() == Field.Kind.CHOICES) {
                break;
            }
            if (current != null && current.kind() == Field.Kind.ROWS && segment.matches("\\d{1,4}")) {
                int index = Integer.parseInt(segment);
                path.append('[').append(index).append(']');
                label.set(label.size() - 1, current.rowNoun() + " " + (index + 1));
                continue;
            }
            Field next = null;
            for (Field f : level) {
                if (f.name().equals(segment)) {
                    next = f;
                }
            }
            if (next == null) {
                return null;
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(segment);
            label.add(next.label());
            current = next;
            level = next.children();
        }
        return current == null ? null : new Location(String.join(" › ", label), path.toString(), anchor(path.toString()));
    }

    /** The element id of the control (or group of controls) for a dotted path. */
    static String anchor(String path) {
        return "f-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    /** A value as the planner would say it: option labels, Yes/No, "Not decided yet" when absent. */
    static String display(Field field, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "Not decided yet";
        }
        if (field != null && field.kind() == Field.Kind.YES_NO && value.isBoolean()) {
            return value.asBoolean() ? "Yes" : "No";
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                return "None";
            }
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(display(field, v)));
            return String.join(", ", parts);
        }
        if (value.isObject() && field != null) {
            List<String> parts = new ArrayList<>();
            for (Field child : field.children()) {
                if (value.has(child.name()) && !child.name().equals("id")) {
                    parts.add(child.label() + ": " + display(child, value.get(child.name())));
                }
            }
            return String.join("; ", parts);
        }
        if (field != null && value.isTextual() && field.option(value.asText()) != null) {
            return field.option(value.asText()).label();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
