package org.scalingadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shortcut for the common case, a valid plan: the plan schema compiled once into plain checks that say
 * whether a parsed plan <em>certainly</em> satisfies it. "No" means only "not certain": the plan then goes to
 * the full validator, which alone decides what is wrong and says so, so every refused plan gets the same
 * problems as without the shortcut. Every check errs that way (an integer written 1.0, a number too large for
 * a long, a string whose length depends on how characters are counted, a list of anything but strings that
 * must be unique: not certain). A schema using a keyword not handled here turns the shortcut off.
 * {@code ValidPlanShortcutTest} holds it to the full validator on every sample plan and thousands of broken ones.
 */
final class ValidPlanShortcut {

    /** One compiled (sub)schema. */
    @FunctionalInterface
    private interface Check {
        boolean passes(JsonNode node);
    }

    /** Keywords that only describe (the editor's help, the schema's own name): nothing to check. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "$comment", "title", "description",
            PlanReader.ENUM_DESCRIPTIONS);

    private static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private final JsonNode schema;
    private final Map<String, Check> defs = new HashMap<>();
    private final Check root;

    private ValidPlanShortcut(JsonNode schema) {
        this.schema = schema;
        Check compiled;
        try {
            compiled = compile(schema);
        } catch (Unsupported e) {
            compiled = null;
        }
        this.root = compiled;
    }

    /** The shortcut for this schema (off when the schema says what it cannot check). */
    static ValidPlanShortcut of(JsonNode schema) {
        return new ValidPlanShortcut(schema);
    }

    /** Whether the shortcut can answer at all for this schema. */
    boolean enabled() {
        return root != null;
    }

    /** True only when the plan certainly satisfies the schema; false when it may not (ask the full validator). */
    boolean certainlyValid(JsonNode plan) {
        return root != null && root.passes(plan);
    }

    private Check compile(JsonNode s) throws Unsupported {
        if (!s.isObject()) {
            throw new Unsupported("a schema that is not an object");
        }
        List<Check> checks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String keyword = e.getKey();
            JsonNode v = e.getValue();
            if (ANNOTATIONS.contains(keyword)) {
                continue;
            }
            switch (keyword) {
                case "type" -> checks.add(type(v));
                case "enum" -> checks.add(enumOf(v));
                case "$ref" -> checks.add(ref(v));
                case "minimum" -> checks.add(bound(v, true));
                case "maximum" -> checks.add(bound(v, false));
                case "maxLength" -> {
                    int max = count(v);
                    // UTF-16 length is never below the count of characters: within it, within any way of counting.
                    checks.add(n -> !n.isTextual() || n.textValue().length() <= max);
                }
                case "minLength" -> {
                    int min = count(v);
                    checks.add(n -> !n.isTextual() || n.textValue().codePointCount(0, n.textValue().length()) >= min);
                }
                case "pattern" -> {
                    Pattern pattern = Pattern.compile(text(v));
                    checks.add(n -> !n.isTextual() || pattern.matcher(n.textValue()).find());
                }
                case "maxItems" -> {
                    int max = count(v);
                    checks.add(n -> !n.isArray() || n.size() <= max);
                }
                case "uniqueItems" -> {
                    if (!v.isBoolean()) {
                        throw new Unsupported("uniqueItems " + v);
                    }
                    if (v.booleanValue()) {
                        checks.add(ValidPlanShortcut::distinctStrings);
                    }
                }
                case "items" -> {
                    Check item = compile(v);
                    checks.add(n -> {
                        if (!n.isArray()) {
                            return true;
                        }
                        for (int i = 0; i < n.size(); i++) {
                            if (!item.passes(n.get(i))) {
                                return false;
                            }
                        }
                        return true;
                    });
                }
                case "required" -> {
                    List<String> names = new ArrayList<>();
                    for (JsonNode name : v) {
                        names.add(text(name));
                    }
                    checks.add(n -> {
                        if (!n.isObject()) {
                            return true;
                        }
                        for (String name : names) {
                            if (!n.has(name)) {
                                return false;
                            }
                        }
                        return true;
                    });
                }
                case "properties" -> checks.add(properties(v, s.path("additionalProperties")));
                case "additionalProperties" -> {
                    if (!v.isBoolean()) {
                        throw new Unsupported("additionalProperties as a schema");
                    }
                    if (!s.has("properties") && !v.booleanValue()) {
                        checks.add(n -> !n.isObject() || n.isEmpty());
                    }
                }
                default -> throw new Unsupported(keyword);
            }
        }
        Check[] all = checks.toArray(new Check[0]);
        return n -> {
            for (Check c : all) {
                if (!c.passes(n)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Each listed property that is present satisfies its schema; with additionalProperties false, nothing else is there. */
    private Check properties(JsonNode v, JsonNode additional) throws Unsupported {
        Map<String, Check> byName = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byName.put(e.getKey(), compile(e.getValue()));
        }
        boolean closed = additional.isBoolean() && !additional.booleanValue();
        return n -> {
            if (!n.isObject()) {
                return true;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Check c = byName.get(field.getKey());
                if (c == null ? closed : !c.passes(field.getValue())) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Check type(JsonNode v) throws Unsupported {
        return switch (text(v)) {
            case "object" -> JsonNode::isObject;
            case "array" -> JsonNode::isArray;
            case "string" -> JsonNode::isTextual;
            case "boolean" -> JsonNode::isBoolean;
            // Only int and long nodes: 1.0 or a number beyond a long is left to the full validator.
            case "integer" -> n -> n.isInt() || n.isLong();
            case "number" -> n -> n.isInt() || n.isLong() || n.isDouble();
            case "null" -> JsonNode::isNull;
            default -> throw new Unsupported("type " + v);
        };
    }

    private static Check enumOf(JsonNode v) throws Unsupported {
        Set<String> allowed = new HashSet<>();
        for (JsonNode value : v) {
            allowed.add(text(value));
        }
        return n -> n.isTextual() && allowed.contains(n.textValue());
    }

    /** minimum or maximum: exact for ints, and for doubles against a bound a double holds exactly. */
    private static Check bound(JsonNode v, boolean minimum) throws Unsupported {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || Math.abs(v.longValue()) > (1L << 53)) {
            throw new Unsupported("bound " + v);
        }
        long bound = v.longValue();
        return n -> {
            if (!n.isNumber()) {
                return true;
            }
            if (n.isInt() || n.isLong()) {
                return minimum ? n.longValue() >= bound : n.longValue() <= bound;
            }
            if (n.isDouble()) {
                double d = n.doubleValue();
                return minimum ? d >= bound : d <= bound; // false for NaN
            }
            return false;
        };
    }

    private Check ref(JsonNode v) throws Unsupported {
        String ref = text(v);
        String prefix = "#/$defs/";
        if (!ref.startsWith(prefix) || ref.indexOf('/', prefix.length()) >= 0 || ref.indexOf('~') >= 0) {
            throw new Unsupported("$ref " + ref);
        }
        String name = ref.substring(prefix.length());
        JsonNode target = schema.path("$defs").path(name);
        if (target.isMissingNode()) {
            throw new Unsupported("$ref " + ref);
        }
        Check known = defs.get(name);
        if (known == null) {
            Check[] holder = new Check[1];
            defs.put(name, n -> holder[0].passes(n)); // a definition that refers to itself
            holder[0] = compile(target);
            known = holder[0];
            defs.put(name, known);
        }
        return known;
    }

    /** A list whose items are all strings and all different; any other list is left to the full validator. */
    private static boolean distinctStrings(JsonNode n) {
        if (!n.isArray()) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isTextual() || !seen.add(item.textValue())) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode v) throws Unsupported {
        if (!v.isTextual()) {
            throw new Unsupported("not a string: " + v);
        }
        return v.textValue();
    }

    private static int count(JsonNode v) throws Unsupported {
        if (!v.isInt() || v.intValue() < 0) {
            throw new Unsupported("not a count: " + v);
        }
        return v.intValue();
    }
}
