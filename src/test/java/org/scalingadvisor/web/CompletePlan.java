package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A plan that answers every field the schema has, built from the schema itself: so a field added
 * to the schema is covered by the tests that use it without editing them.
 */
final class CompletePlan {

    private CompletePlan() {
    }

    /** {@code variant} picks which allowed value, which yes/no and which number each field gets. */
    static ObjectNode of(PlanFields fields, int variant) {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        fill(plan, fields.all(), variant);
        plan.put("title", "Every field answered " + variant);
        return plan;
    }

    private static void fill(ObjectNode object, List<Field> fields, int variant) {
        for (Field field : fields) {
            switch (field.kind()) {
                case GROUP -> fill(object.putObject(field.name()), field.children(), variant);
                case ROWS -> {
                    ArrayNode rows = object.putArray(field.name());
                    for (int i = 0; i < 2; i++) {
                        ObjectNode row = rows.addObject();
                        fill(row, field.children(), variant + i);
                        if (row.path("ongoing").asBoolean(false)) {
                            row.remove("endMonth"); // an activity that runs on has no end month (the other row gives one)
                        }
                    }
                }
                case CHOICE -> object.put(field.name(), field.options().get(variant % field.options().size()).value());
                case CHOICES -> object.putArray(field.name())
                        .add(field.options().get(variant % field.options().size()).value())
                        .add(field.options().get((variant + 1) % field.options().size()).value());
                case YES_NO -> object.put(field.name(), variant % 2 == 0);
                case INTEGER -> object.put(field.name(), (int) clamp(field, 3 + variant));
                case NUMBER -> object.put(field.name(), clamp(field, 1500 + variant) + 0.5);
                default -> object.put(field.name(), field.name().equals("id") ? "row-" + variant : "Text for " + field.name());
            }
        }
    }

    private static long clamp(Field field, long value) {
        long max = field.maximum() == null ? value : field.maximum();
        return Math.min(value, max);
    }
}
