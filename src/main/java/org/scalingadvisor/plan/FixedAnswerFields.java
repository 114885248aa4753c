package org.scalingadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The plan's fields that take a fixed set of answers, read from the plan's JSON Schema: yes/no, a choice,
 * a list of choices. Fields of list rows (an activity's type) and fields answered by typing (numbers,
 * text) are not among them. In schema order.
 */
public final class FixedAnswerFields {

    /** How a field is answered. */
    public enum Kind { YES_NO, CHOICE, CHOICES }

    /** One field: its dotted path ({@code innovation.evidence}), how it is answered, and the values it allows. */
    public record Field(String path, Kind kind, List<String> values) {

        /** Every allowed answer: true and false; each value; for a list, the empty list and each value alone. */
        public List<JsonNode> answers() {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            List<JsonNode> answers = new ArrayList<>();
            switch (kind) {
                case YES_NO -> {
                    answers.add(nodes.booleanNode(true));
                    answers.add(nodes.booleanNode(false));
                }
                case CHOICE -> values.forEach(v -> answers.add(nodes.textNode(v)));
                case CHOICES -> {
                    answers.add(nodes.arrayNode());
                    values.forEach(v -> answers.add(nodes.arrayNode().add(v)));
                }
            }
            return answers;
        }
    }

    private final JsonNode schema;
    private final List<Field> fields = new ArrayList<>();

    /** The fields of the schema {@code reader} checks plans with. */
    public FixedAnswerFields(PlanReader reader) {
        try {
            this.schema = new ObjectMapper().readTree(reader.schemaText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collect(schema, "");
    }

    public List<Field> all() {
        return List.copyOf(fields);
    }

    private void collect(JsonNode object, String parent) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = parent.isEmpty() ? property.getKey() : parent + "." + property.getKey();
            JsonNode node = resolve(property.getValue());
            String type = node.path("type").asText("");
            if (node.has("enum")) {
                fields.add(new Field(path, Kind.CHOICE, values(node)));
            } else if (type.equals("boolean")) {
                fields.add(new Field(path, Kind.YES_NO, List.of()));
            } else if (type.equals("object")) {
                collect(node, path);
            } else if (type.equals("array") && resolve(node.path("items")).has("enum")) {
                fields.add(new Field(path, Kind.CHOICES, values(resolve(node.path("items")))));
            }
        }
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = schema.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }
}
