package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random plans that satisfy the plan schema, generated from the schema itself: each field is left
 * out or given an allowed value, so generated plans use the whole vocabulary (v1.1 included) and
 * keep up with it as it grows.
 */
final class PlanGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonNode schema;

    PlanGenerator() {
        try (InputStream in = PlanGenerator.class.getResourceAsStream("/plan-schema.json")) {
            schema = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectNode plan(Random random) {
        ObjectNode plan = (ObjectNode) value(schema, random, 0);
        plan.put("title", "generated plan " + random.nextInt(1000));
        return plan;
    }

    /** A random allowed value for the field at a JSON pointer such as /approach/userInvolvement. */
    JsonNode valueAt(String pointer, Random random) {
        JsonNode node = schema;
        for (String part : pointer.substring(1).split("/")) {
            node = resolve(node).path("properties").path(part);
        }
        return value(node, random, 0);
    }

    private JsonNode value(JsonNode node, Random random, int depth) {
        node = resolve(node);
        if (node.has("enum")) {
            JsonNode values = node.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        switch (node.path("type").asText()) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = node.path("properties").fields();
                List<String> required = new ArrayList<>();
                node.path("required").forEach(r -> required.add(r.asText()));
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (required.contains(field.getKey()) || random.nextInt(10) < 7) {
                        object.set(field.getKey(), value(field.getValue(), random, depth + 1));
                    }
                }
                if (object.has("startMonth") && object.has("endMonth") && object.get("endMonth").asInt() < object.get("startMonth").asInt()) {
                    object.put("endMonth", object.get("startMonth").asInt() + random.nextInt(24));
                }
                if (object.has("budget") && object.has("type") && random.nextInt(8) == 0) {
                    object.put("budget", 0); // a budget of nothing, as planners write for work they do not pay for
                }
                if (object.has("ongoing") && random.nextInt(3) != 0) {
                    object.remove("ongoing"); // most activities a planner writes have an end, or say nothing of one
                } else if (object.path("ongoing").asBoolean(false)) {
                    object.remove("endMonth"); // an activity that runs on has no end month
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                JsonNode items = resolve(node.get("items"));
                int max = Math.min(node.path("maxItems").asInt(8), items.has("enum") ? 3 : 8);
                int size = random.nextInt(max + 1);
                for (int i = 0; i < size; i++) {
                    JsonNode item = value(items, random, depth + 1);
                    if (!node.path("uniqueItems").asBoolean() || !contains(array, item)) {
                        array.add(item);
                    }
                }
                return array;
            }
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            case "integer": {
                int min = node.path("minimum").asInt(0);
                int max = (int) Math.min(node.path("maximum").asLong(60), min + 60L);
                return NODES.numberNode(min + random.nextInt(max - min + 1));
            }
            case "number":
                return NODES.numberNode(random.nextInt(10) == 0 ? 0 : random.nextInt(500) * 1000);
            default:
                return NODES.textNode("a" + random.nextInt(100));
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return schema.at(ref.substring(1));
        }
        return node;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode n : array) {
            if (n.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
