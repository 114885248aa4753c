package org.scalingadvisor.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The field names and values rules may quote, read from the plan schema: every dotted field the facts
 * layer turns into an {@code Answer} or {@code Missing} (a list also gives {@code <field>.count}), the
 * values each can take, and the values of the properties of {@code Activity} and {@code Stakeholder}
 * that come straight from the plan (their {@code type}, {@code group}, {@code audiences} …).
 */
final class PlanVocabulary {

    /** Lists whose rows are what the plan does (an activity's own yes/no, such as ongoing), never claims about it. */
    private static final java.util.Set<String> ROWS_OF_CONDUCT = java.util.Set.of("activities");


    /** What the values of a field or property may be. */
    enum Shape { TEXT, WHOLE_NUMBER, NUMBER, CHOICE }

    /** A field's shape and, for a CHOICE, its allowed values (as the facts carry them). */
    record Values(Shape shape, Set<String> allowed) {
    }

    /** A yes/no field's value when the plan ticks a claim nothing delivers (see activity-categories.md). */
    static final String CLAIMED = "claimed";

    /** A yes/no field's value when only activities of unknown size would deliver the claim. */
    static final String UNSIZED = "unsized";

    private static final String SCHEMA = "/plan-schema.json";
    private static final PlanVocabulary INSTANCE = read();

    private final Map<String, Values> fields;
    private final Map<String, Map<String, Values>> listItems;

    private PlanVocabulary(Map<String, Values> fields, Map<String, Map<String, Values>> listItems) {
        this.fields = fields;
        this.listItems = listItems;
    }

    static PlanVocabulary get() {
        return INSTANCE;
    }

    /** Every field name an Answer or Missing fact can carry, sorted. */
    Set<String> fields() {
        return fields.keySet();
    }

    Optional<Values> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The values of a property of a fact made from one item of a plan list (Activity from activities …). */
    Optional<Values> property(String factType, String property) {
        String list = switch (factType) {
            case "Activity" -> "activities";
            case "Stakeholder" -> "stakeholders";
            default -> null;
        };
        return list == null ? Optional.empty() : Optional.ofNullable(listItems.getOrDefault(list, Map.of()).get(property));
    }

    private static PlanVocabulary read() {
        try (InputStream in = PlanVocabulary.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the class path");
            }
            JsonNode schema = new ObjectMapper().readTree(in);
            Map<String, Values> fields = new TreeMap<>();
            Map<String, Map<String, Values>> items = new TreeMap<>();
            walk(schema, schema, "", fields, items);
            return new PlanVocabulary(Map.copyOf(fields), Map.copyOf(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(JsonNode schema, JsonNode node, String prefix, Map<String, Values> fields,
                             Map<String, Map<String, Values>> items) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode property = resolve(schema, e.getValue());
            if (property.has("properties")) {
                walk(schema, property, name, fields, items);
            } else if ("array".equals(property.path("type").asText())) {
                JsonNode item = resolve(schema, property.path("items"));
                fields.put(name + ".count", new Values(Shape.WHOLE_NUMBER, Set.of()));
                if (item.has("properties")) {
                    // Lists of objects become facts of their own (Activity, Stakeholder): only their count is an Answer.
                    fields.put(name, new Values(Shape.TEXT, Set.of()));
                    Map<String, Values> properties = new TreeMap<>();
                    item.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), values(schema, p.getValue())));
                    items.put(name, Map.copyOf(properties));
                    // A yes/no of a row can be a claim (stakeholders.engagementRoute): a Claim fact names it so, except
                    // in rows that are themselves what the plan does.
                    properties.forEach((rowField, values) -> {
                        if (values.allowed().contains(CLAIMED) && !ROWS_OF_CONDUCT.contains(name)) {
                            fields.put(name + "." + rowField, values);
                        }
                    });
                } else {
                    fields.put(name, values(schema, item));
                }
            } else {
                fields.put(name, values(schema, property));
            }
        }
    }

    private static Values values(JsonNode schema, JsonNode node) {
        JsonNode property = resolve(schema, node);
        if ("array".equals(property.path("type").asText())) {
            return values(schema, property.path("items"));
        }
        if (property.has("enum")) {
            Set<String> allowed = new LinkedHashSet<>();
            property.path("enum").forEach(v -> allowed.add(v.asText()));
            return new Values(Shape.CHOICE, Set.copyOf(allowed));
        }
        return switch (property.path("type").asText()) {
            case "boolean" -> new Values(Shape.CHOICE, Set.of("true", "false", CLAIMED, UNSIZED));
            case "integer" -> new Values(Shape.WHOLE_NUMBER, Set.of());
            case "number" -> new Values(Shape.NUMBER, Set.of());
            default -> new Values(Shape.TEXT, Set.of());
        };
    }

    /** The node a {@code $ref} points at (one level: the plan schema's definitions hold no further refs). */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? schema.at(ref.substring(1)) : node;
    }

}
