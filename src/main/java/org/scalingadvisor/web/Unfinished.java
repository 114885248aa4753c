package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows the planner has added but not yet said what they are (an activity without a type, a
 * stakeholder without a group): the advice leaves them out until they are, rather than waiting
 * for them, and the page says which rows are waiting.
 */
final class Unfinished {

    /** The plan to advise on, and the rows left out of it ("Activity 3"). */
    record Rows(ObjectNode plan, List<String> waiting) {
    }

    private Unfinished() {
    }

    static Rows split(JsonNode plan, PlanFields fields) {
        ObjectNode advised = plan.deepCopy();
        List<String> waiting = new ArrayList<>();
        for (Field field : fields.all()) {
            JsonNode rows = advised.path(field.name());
            if (field.kind() != Field.Kind.ROWS || !rows.isArray()) {
                continue;
            }
            List<String> required = fields.requiredInRow(field);
            ArrayNode kept = advised.putArray(field.name());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                if (required.stream().allMatch(name -> row.hasNonNull(name))) {
                    kept.add(row);
                } else {
                    waiting.add(field.rowNoun() + " " + (i + 1));
                }
            }
            if (kept.isEmpty() && !rows.isEmpty()) {
                // Only unfinished rows: the list is not decided yet, which is not the same as "none".
                advised.remove(field.name());
            }
        }
        return new Rows(advised, List.copyOf(waiting));
    }

    /** The plan to save: rows added and never filled in (nothing but the reference the page made) are left out. */
    static JsonNode withoutEmptyRows(JsonNode plan) {
        ObjectNode saved = plan.deepCopy();
        List<String> lists = new java.util.ArrayList<>();
        saved.fieldNames().forEachRemaining(lists::add);
        for (String name : lists) {
            JsonNode rows = saved.path(name);
            if (!rows.isArray() || rows.isEmpty() || !rows.get(0).isObject()) {
                continue;
            }
            ArrayNode kept = saved.putArray(name);
            rows.forEach(row -> {
                if (row.size() > (row.has("id") ? 1 : 0)) {
                    kept.add(row);
                }
            });
            if (kept.isEmpty()) {
                saved.remove(name);
            }
        }
        return saved;
    }
}
