package org.scalingadvisor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks that the plan records in {@code org.scalingadvisor.plan} and {@code plan-schema.json}
 * describe the same plan: same property names, same enum values in the same order, nested
 * objects bound to records, arrays bound to lists and scalars bound to boxed types.
 */
class PlanSchemaAgreementTest {

    private static final String SCHEMA_RESOURCE = "plan-schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void recordsAgreeWithSchema() throws IOException {
        List<String> problems = new Checker(loadSchema()).check(ScalingPlan.class);
        if (!problems.isEmpty()) {
            fail(problems.size() + " disagreement(s) between the plan records and " + SCHEMA_RESOURCE + ":\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** The checker itself must notice disagreements, otherwise the test above proves nothing. */
    @Test
    void checkerReportsEveryKindOfDisagreement() throws IOException {
        ObjectNode schema = (ObjectNode) loadSchema();
        ObjectNode rootProps = (ObjectNode) schema.get("properties");
        rootProps.remove("title");
        ((ObjectNode) rootProps.at("/innovation/properties")).putObject("bogus").put("type", "boolean");
        ArrayNode level = (ArrayNode) schema.at("/$defs/level/enum");
        level.removeAll().add("HIGH").add("MEDIUM").add("LOW");
        rootProps.putObject("durationMonths").put("type", "object").put("additionalProperties", false)
                .putObject("properties");
        ((ObjectNode) rootProps.get("movement")).remove("additionalProperties");

        List<String> problems = new Checker(schema).check(ScalingPlan.class);

        String all = String.join("\n", problems);
        assertTrue(all.contains("ScalingPlan.title"), all);
        assertTrue(all.contains("bogus"), all);
        assertTrue(all.contains("Level"), all);
        assertTrue(all.contains("durationMonths") && all.contains("not a record"), all);
        assertTrue(all.contains("additionalProperties"), all);
        assertEquals(7, problems.size(), all); // Level is used three times
    }

    private static JsonNode loadSchema() throws IOException {
        try (InputStream in = PlanSchemaAgreementTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            assertNotNull(in, SCHEMA_RESOURCE + " is not on the classpath");
            return MAPPER.readTree(in);
        }
    }

    /** Walks the records from the root type alongside the schema and collects every disagreement. */
    private static final class Checker {

        private static final Map<String, Class<?>> SCALARS = Map.of(
                "string", String.class,
                "integer", Integer.class,
                "number", Double.class,
                "boolean", Boolean.class);

        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();

        Checker(JsonNode root) {
            this.root = root;
        }

        List<String> check(Class<?> rootType) {
            walkRecord(rootType, root, "#", rootType.getSimpleName());
            return problems;
        }

        private void walkRecord(Class<?> type, JsonNode rawSchema, String pointer, String javaPath) {
            JsonNode schema = resolve(rawSchema, pointer);
            if (schema == null) {
                return;
            }
            if (!type.isRecord()) {
                problems.add(javaPath + ": " + type.getName() + " is not a record but schema " + pointer
                        + " is an object");
                return;
            }
            if (!"object".equals(schema.path("type").asText())) {
                problems.add(javaPath + ": schema " + pointer + " is not \"type\": \"object\"");
            }
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
                problems.add(javaPath + ": schema " + pointer + " lacks \"additionalProperties\": false");
            }
            JsonNode properties = schema.path("properties");
            Set<String> componentNames = new LinkedHashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                componentNames.add(name);
                String componentPath = type.getSimpleName() + "." + name;
                JsonNode property = properties.get(name);
                if (property == null) {
                    problems.add(componentPath + ": record component has no schema property "
                            + pointer + "/properties/" + name);
                } else {
                    checkValue(component.getGenericType(), property, pointer + "/properties/" + name, componentPath);
                }
            }
            for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!componentNames.contains(name)) {
                    problems.add(pointer + "/properties/" + name + ": schema property has no component in record "
                            + type.getName());
                }
            }
        }

        private void checkValue(Type javaType, JsonNode rawSchema, String pointer, String javaPath) {
            JsonNode schema = resolve(rawSchema, pointer);
            if (schema == null) {
                return;
            }
            String where = describe(rawSchema, pointer);
            String schemaType = schema.path("type").asText(null);

            if (javaType instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
                if (!"array".equals(schemaType)) {
                    problems.add(javaPath + ": Java type is a List but schema " + where + " is not an array");
                } else if (!schema.has("items")) {
                    problems.add(javaPath + ": schema array " + where + " has no \"items\"");
                } else {
                    checkValue(parameterized.getActualTypeArguments()[0], schema.get("items"), pointer + "/items",
                            javaPath + "[]");
                }
                return;
            }
            if (!(javaType instanceof Class<?> type)) {
                problems.add(javaPath + ": unsupported Java type " + javaType.getTypeName());
                return;
            }
            if ("array".equals(schemaType)) {
                problems.add(javaPath + ": schema " + where + " is an array but Java type " + type.getName()
                        + " is not a List");
                return;
            }
            if (type.isEnum() || schema.has("enum")) {
                checkEnum(type, schema, where, javaPath);
                return;
            }
            if ("object".equals(schemaType) || schema.has("properties")) {
                if (type.isRecord()) {
                    walkRecord(type, schema, pointer, javaPath);
                } else {
                    problems.add(javaPath + ": schema " + where + " is an object but Java type " + type.getName()
                            + " is not a record");
                }
                return;
            }
            if (type.isRecord()) {
                problems.add(javaPath + ": Java type " + type.getName() + " is a record but schema " + where
                        + " is not an object");
                return;
            }
            Class<?> expected = SCALARS.get(schemaType);
            if (expected == null) {
                problems.add(javaPath + ": schema " + where + " has no recognised \"type\" (" + schemaType + ")");
            } else if (type != expected) {
                problems.add(javaPath + ": schema " + where + " is \"" + schemaType + "\" so the Java type should be "
                        + expected.getName() + ", not " + type.getName());
            }
        }

        private void checkEnum(Class<?> type, JsonNode schema, String where, String javaPath) {
            if (!type.isEnum()) {
                problems.add(javaPath + ": schema " + where + " is an enum but Java type " + type.getName()
                        + " is not an enum");
                return;
            }
            if (!schema.path("enum").isArray()) {
                problems.add(javaPath + ": Java type " + type.getName() + " is an enum but schema " + where
                        + " has no \"enum\"");
                return;
            }
            List<String> javaValues = Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.toList());
            List<String> schemaValues = new ArrayList<>();
            schema.get("enum").forEach(value -> schemaValues.add(value.asText()));
            if (!javaValues.equals(schemaValues)) {
                problems.add(javaPath + ": enum " + type.getSimpleName() + " has " + javaValues + " but schema "
                        + where + " has " + schemaValues);
            }
        }

        /** Follows local {@code $ref}s ({@code #/...}); reports and returns null when one does not resolve. */
        private JsonNode resolve(JsonNode node, String pointer) {
            JsonNode current = node;
            for (int hops = 0; current != null && current.has("$ref"); hops++) {
                String ref = current.get("$ref").asText();
                if (hops > 20 || !ref.startsWith("#/")) {
                    problems.add(pointer + ": cannot resolve $ref " + ref);
                    return null;
                }
                JsonNode target = root.at(ref.substring(1));
                if (target.isMissingNode()) {
                    problems.add(pointer + ": $ref " + ref + " points nowhere");
                    return null;
                }
                current = target;
            }
            return current;
        }

        private static String describe(JsonNode rawSchema, String pointer) {
            return rawSchema.has("$ref") ? pointer + " (" + rawSchema.get("$ref").asText() + ")" : pointer;
        }
    }
}
