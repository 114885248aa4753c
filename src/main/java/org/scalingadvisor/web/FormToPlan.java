package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the editor's form into plan JSON. Each control is named by its field's dotted path
 * ({@code innovation.nature}, {@code activities[2].type}). An empty control leaves its field
 * absent ("not decided yet"); a value that is not what the field takes is kept as typed, so the
 * plan's validation names it and nothing the planner typed is lost. An empty value sent under a
 * list's own name ("none of these") makes the list present and empty. Amounts are read as people
 * write them ("£5,000"), and every activity gets a reference (see {@link ActivityReferences}).
 */
final class FormToPlan {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,4})])?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    /** What people write around an amount of money that is not part of the number: pound signs, thousands commas, spaces. */
    private static final Pattern MONEY_DECORATION = Pattern.compile("[£,\\s]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Marks an object that collects rows by index until they are put in order. */
    private static final String ROWS = "\u0000rows";

    private FormToPlan() {
    }

    static ObjectNode convert(FormBody form, PlanFields fields) {
        ObjectNode plan = NODES.objectNode();
        for (FormBody.Pair pair : form.pairs()) {
            Field field = fields.byPath(pair.name());
            if (field != null) {
                put(plan, pair.name().split("\\."), field, pair.value().strip().isEmpty() ? "" : pair.value());
            }
        }
        ObjectNode settled = (ObjectNode) settle(plan);
        ActivityReferences.fill(settled);
        return settled;
    }

    private static void put(ObjectNode plan, String[] segments, Field field, String value) {
        boolean rowMember = segments.length > 1 && segments[segments.length - 2].endsWith("]");
        if (value.isEmpty() && field.kind() != Field.Kind.CHOICES && field.kind() != Field.Kind.ROWS && !rowMember) {
            return;
        }
        ObjectNode parent = plan;
        for (int i = 0; i < segments.length - 1; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                return;
            }
            if (m.group(2) == null) {
                parent = parent.has(m.group(1)) && parent.get(m.group(1)).isObject()
                        ? (ObjectNode) parent.get(m.group(1)) : parent.putObject(m.group(1));
            } else {
                ObjectNode rows = parent.has(m.group(1)) && parent.get(m.group(1)).isObject()
                        ? (ObjectNode) parent.get(m.group(1)) : parent.putObject(m.group(1));
                rows.put(ROWS, true);
                String index = m.group(2);
                parent = rows.has(index) ? (ObjectNode) rows.get(index) : rows.putObject(index);
            }
        }
        String name = segments[segments.length - 1];
        switch (field.kind()) {
            case CHOICES: {
                ArrayNode list = parent.has(name) && parent.get(name).isArray() ? (ArrayNode) parent.get(name) : parent.putArray(name);
                if (!value.isEmpty()) {
                    list.add(value);
                }
                break;
            }
            case ROWS:
                if (!parent.has(name)) {
                    parent.putObject(name).put(ROWS, true);
                }
                break;
            default:
                if (!value.isEmpty()) {
                    parent.set(name, scalar(field.kind(), value));
                }
        }
    }

    private static JsonNode scalar(Field.Kind kind, String value) {
        String v = value.strip();
        switch (kind) {
            case INTEGER:
                if (INTEGER.matcher(v).matches()) {
                    long n = Long.parseLong(v);
                    return n == (int) n ? NODES.numberNode((int) n) : NODES.numberNode(n);
                }
                return NODES.textNode(value);
            case NUMBER:
                v = MONEY_DECORATION.matcher(v).replaceAll("");
                if (INTEGER.matcher(v).matches()) {
                    return scalar(Field.Kind.INTEGER, v);
                }
                try {
                    return NODES.numberNode(new BigDecimal(v).doubleValue());
                } catch (NumberFormatException e) {
                    return NODES.textNode(value);
                }
            case YES_NO:
                return v.equals("true") ? NODES.booleanNode(true) : v.equals("false") ? NODES.booleanNode(false) : NODES.textNode(value);
            default:
                return NODES.textNode(value);
        }
    }

    /** Puts collected rows in index order as arrays. */
    private static JsonNode settle(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        if (object.has(ROWS)) {
            TreeMap<Integer, JsonNode> rows = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().equals(ROWS)) {
                    rows.put(Integer.parseInt(entry.getKey()), settle(entry.getValue()));
                }
            }
            ArrayNode array = NODES.arrayNode();
            rows.values().forEach(array::add);
            return array;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            entry.setValue(settle(entry.getValue()));
        }
        return object;
    }
}
