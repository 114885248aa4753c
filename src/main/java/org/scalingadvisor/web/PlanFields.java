package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.scalingadvisor.plan.PlanReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's fields read from its JSON Schema, the single source of names, help and allowed values
 * for every page: a field or value added to the schema appears in the editor without code changes.
 */
@Singleton
public class PlanFields {

    private final JsonNode schema;
    private final List<Field> fields;
    private final Map<String, List<String>> requiredInRows = new java.util.HashMap<>();
    /** Every value name any choice allows (TRANSFER, LONE_CHAMPION), to be put in words where help mentions one. */
    private final java.util.Set<String> valueNames = new java.util.HashSet<>();

    public PlanFields(PlanReader reader) {
        try {
            this.schema = new ObjectMapper().readTree(reader.schemaText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema.findValues("enum").forEach(values -> values.forEach(v -> valueNames.add(v.asText())));
        this.fields = children(schema, "");
    }

    /** The top-level fields, in schema order. */
    List<Field> all() {
        return fields;
    }

    /** The field a form control name or dotted path names ({@code activities[2].type}), or null. */
    Field byPath(String path) {
        Field found = null;
        List<Field> level = fields;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket >= 0 ? part.substring(0, bracket) : part;
            found = null;
            for (Field f : level) {
                if (f.name().equals(name)) {
                    found = f;
                }
            }
            if (found == null) {
                return null;
            }
            level = found.children();
        }
        return found;
    }

    /** The fields every row of a list must have (an activity's type, a stakeholder's group). */
    List<String> requiredInRow(Field list) {
        return requiredInRows.getOrDefault(list.path(), List.of());
    }

    private List<Field> children(JsonNode object, String parentPath) {
        List<Field> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            out.add(field(property.getKey(), property.getValue(),
                    parentPath.isEmpty() ? property.getKey() : parentPath + "." + property.getKey()));
        }
        return List.copyOf(out);
    }

    private Field field(String name, JsonNode raw, String path) {
        JsonNode node = resolve(raw);
        String help = plain(raw.has("description") ? raw.path("description").asText() : node.path("description").asText(""));
        String label = label(name);
        String type = node.path("type").asText("");
        if (node.has("enum")) {
            return new Field(name, path, label, help, Field.Kind.CHOICE, options(node), List.of(), null, null);
        }
        switch (type) {
            case "object":
                return new Field(name, path, label, help, Field.Kind.GROUP, List.of(), children(node, path), null, null);
            case "array": {
                JsonNode items = resolve(node.path("items"));
                if ("object".equals(items.path("type").asText())) {
                    List<String> required = new ArrayList<>();
                    items.path("required").forEach(r -> required.add(r.asText()));
                    requiredInRows.put(path, List.copyOf(required));
                    return new Field(name, path, label, help, Field.Kind.ROWS, List.of(), children(items, path + "[]"), null, null);
                }
                return new Field(name, path, label, help, Field.Kind.CHOICES, options(items), List.of(), null, null);
            }
            case "boolean":
                return new Field(name, path, label, help, Field.Kind.YES_NO, List.of(), List.of(), null, null);
            case "integer":
            case "number":
                return new Field(name, path, label, help, type.equals("integer") ? Field.Kind.INTEGER : Field.Kind.NUMBER,
                        List.of(), List.of(), bound(node, "minimum"), bound(node, "maximum"));
            default:
                return new Field(name, path, label, help,
                        node.path("maxLength").asInt(0) > 200 ? Field.Kind.LONG_TEXT : Field.Kind.TEXT,
                        List.of(), List.of(), null, null);
        }
    }

    private List<Field.Option> options(JsonNode node) {
        List<Field.Option> options = new ArrayList<>();
        JsonNode descriptions = node.path(PlanReader.ENUM_DESCRIPTIONS);
        for (JsonNode value : node.path("enum")) {
            String v = value.asText();
            options.add(new Field.Option(v, valueLabel(v), plain(descriptions.path(v).asText(""))));
        }
        return List.copyOf(options);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = schema.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static Long bound(JsonNode node, String name) {
        return node.has(name) ? node.path(name).asLong() : null;
    }

    /** Help as a planner reads it: value names ("LONE_CHAMPION") and field names ("startMonth") in words. */
    private String plain(String help) {
        java.util.regex.Matcher m = JARGON.matcher(help);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String plain = valueNames.contains(word) ? valueLabel(word).toLowerCase(Locale.ROOT)
                    : Character.isLowerCase(word.charAt(0)) ? label(word).toLowerCase(Locale.ROOT) : word;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(plain));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern JARGON = java.util.regex.Pattern.compile("\\b([A-Z][A-Z_]+|[a-z]+[A-Z][A-Za-z]+)\\b");

    /** Values whose words need more than their name ("BEFORE_AFTER" is a comparison of before and after). */
    private static final Map<String, String> VALUE_WORDS = Map.of(
            "BEFORE_AFTER", "Before and after",
            "CHILDREN_SOCIAL_CARE", "Children's social care",
            "RESEARCH_AND_DEVELOPMENT", "Research and development",
            "NONE_YET", "None yet",
            "PUMP_PRIME_THEN_HANDOVER", "Pump-priming, then handed over");

    /** "changesProfessionalRoles" → "Changes professional roles". */
    static String label(String name) {
        if (name.equals("id")) {
            return "Your reference";
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "CO_DESIGNING" → "Co-designing"; "EARLY_SPREAD" → "Early spread". */
    static String valueLabel(String value) {
        if (VALUE_WORDS.containsKey(value)) {
            return VALUE_WORDS.get(value);
        }
        String words = value.toLowerCase(Locale.ROOT).replace("co_", "co-").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
