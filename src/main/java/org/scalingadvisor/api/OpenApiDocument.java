package org.scalingadvisor.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI description the service serves: the hand-kept {@code openapi/scaling-advisor.yml}
 * (paths, answers, the evaluation, problem and catalogue schemas) with the plan schema itself as
 * the {@code ScalingPlan} component. The plan schema goes in unchanged except that its {@code $defs}
 * become components of their own (tools resolve {@code #/...} against the whole document) and
 * {@code $schema}/{@code $id} are left out. The document is OpenAPI 3.0.3 (see the template for why),
 * whose schema objects take a subset of JSON Schema and specification extensions ({@code x-...}): a plan
 * schema keyword outside them is refused here, so the description can never silently lose a constraint.
 */
final class OpenApiDocument {

    static final String TEMPLATE = "/openapi/scaling-advisor.yml";
    static final String PLAN = "ScalingPlan";
    private static final String DEFS_REF = "#/$defs/";
    private static final String COMPONENT_REF = "#/components/schemas/";
    /** The JSON Schema keywords an OpenAPI 3.0 schema object takes (besides $ref), as the plan schema uses them. */
    private static final Set<String> OPENAPI_30_KEYWORDS = Set.of("title", "description", "type", "enum", "properties",
            "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "minimum", "maximum",
            "minLength", "maxLength", "pattern", "format", "default", "multipleOf", "minProperties", "maxProperties",
            "allOf", "oneOf", "anyOf", "not");
    /**
     * Specification extensions, which OpenAPI 3.0 schema objects take (the plan schema's x-enumDescriptions, the
     * plain-word meaning of each allowed value): passed unchanged, their values being data, not schemas.
     */
    private static final String EXTENSION_PREFIX = "x-";
    /** Keywords whose values are data, not schemas. */
    private static final Set<String> LITERALS = Set.of("enum", "default", "required");

    private OpenApiDocument() {
    }

    /** The document as YAML, built from the template and the plan schema's text. */
    static String yaml(String planSchemaJson) {
        Map<String, Object> document = assemble(template(), parseJson(planSchemaJson));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(document);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> assemble(Map<String, Object> document, Map<String, Object> planSchema) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        Map<String, Object> plan = new LinkedHashMap<>(planSchema);
        plan.remove("$schema");
        plan.remove("$id");
        Map<String, Object> defs = (Map<String, Object>) plan.remove("$defs");
        Map<String, Object> added = new LinkedHashMap<>();
        added.put(PLAN, plan);
        if (defs != null) {
            defs.forEach((name, schema) -> added.put(componentName(name), schema));
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : added.entrySet()) {
            if (schemas.containsKey(entry.getKey())) {
                throw new IllegalStateException("the plan schema's " + entry.getKey() + " clashes with a schema of " + TEMPLATE);
            }
            merged.put(entry.getKey(), toOpenApi(entry.getValue()));
        }
        merged.putAll(schemas);
        ((Map<String, Object>) document.get("components")).put("schemas", merged);
        return document;
    }

    /** A plan schema definition's component name: {@code involvement} becomes {@code Involvement}. */
    static String componentName(String defName) {
        return Character.toUpperCase(defName.charAt(0)) + defName.substring(1);
    }

    /** A plan schema node as an OpenAPI 3.0 schema: $defs references point at components; other keywords pass unchanged or are refused. */
    @SuppressWarnings("unchecked")
    private static Object toOpenApi(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                if (entry.getKey().equals("$ref") && entry.getValue() instanceof String ref) {
                    if (!ref.startsWith(DEFS_REF) || ref.indexOf('/', DEFS_REF.length()) >= 0) {
                        throw new IllegalStateException("the plan schema refers to " + ref + "; only #/$defs/<name> is supported");
                    }
                    copy.put("$ref", COMPONENT_REF + componentName(ref.substring(DEFS_REF.length())));
                } else if (entry.getKey().equals("properties") && entry.getValue() instanceof Map<?, ?> properties) {
                    Map<String, Object> rewritten = new LinkedHashMap<>();
                    ((Map<String, Object>) properties).forEach((name, schema) -> rewritten.put(name, toOpenApi(schema)));
                    copy.put("properties", rewritten);
                } else if (entry.getKey().startsWith(EXTENSION_PREFIX)) {
                    copy.put(entry.getKey(), entry.getValue());
                } else if (OPENAPI_30_KEYWORDS.contains(entry.getKey())) {
                    copy.put(entry.getKey(), LITERALS.contains(entry.getKey()) ? entry.getValue() : toOpenApi(entry.getValue()));
                } else {
                    throw new IllegalStateException("the plan schema uses '" + entry.getKey()
                            + "', which an OpenAPI 3.0 schema object cannot say; describe it with the keywords OpenAPI 3.0 takes");
                }
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(toOpenApi(item)));
            return copy;
        }
        return node;
    }

    private static Map<String, Object> template() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parseJson(String json) {
        try {
            return new ObjectMapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
