package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document as the service serves it, read as a client would, with its schemas usable for validation. */
final class ServedOpenApi {

    static final String PATH = "/openapi/scaling-advisor-1.yml";
    private static final String BASE = "https://scaling-advisor.test/openapi.json";

    final String yaml;
    final JsonNode root;
    private final JsonSchemaFactory factory;

    private ServedOpenApi(String yaml) {
        this.yaml = yaml;
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        this.root = Http.MAPPER.valueToTree(tree);
        String json = root.toString();
        // OpenAPI 3.0 schema objects: JSON Schema draft 4 with nullable (networknt's OpenAPI 3.0 dialect).
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, json))));
    }

    static ServedOpenApi fetch(Http http) {
        Http.Answer answer = http.get(PATH);
        assertEquals(200, answer.status(), answer.body());
        return new ServedOpenApi(answer.body());
    }

    /** The JSON pointer of an operation: /paths/{path}/{method}. */
    static String operation(String path, String method) {
        return "/paths/" + escape(path) + "/" + method.toLowerCase();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Follows a local $ref at the node found at {@code pointer}, and returns the pointer of what it refers to. */
    String follow(String pointer) {
        JsonNode node = root.at(pointer);
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), ref);
            pointer = ref.substring(1);
            node = root.at(pointer);
        }
        return pointer;
    }

    /**
     * The pointer of the schema the document gives for this operation's answer with this status and media type;
     * fails when the document does not list that answer.
     */
    String responseSchema(String path, String method, int status, String mediaType) {
        String op = operation(path, method);
        assertFalse(root.at(op).isMissingNode(), "the document has no operation " + method + " " + path);
        String response = op + "/responses/" + status;
        assertFalse(root.at(response).isMissingNode(), method + " " + path + " answers " + status + " but the document does not say so; it lists "
                + names(root.at(op + "/responses")));
        return mediaSchema(follow(response), mediaType, method + " " + path + " " + status);
    }

    /** Fails unless the document lists this answer for the operation, with no content (e.g. 204). */
    void responseSchemaless(String path, String method, int status) {
        String response = operation(path, method) + "/responses/" + status;
        assertFalse(root.at(response).isMissingNode(), method + " " + path + " answers " + status + " but the document does not say so");
        assertTrue(root.at(follow(response) + "/content").isMissingNode(), method + " " + path + " " + status + " has no body");
    }

    /** The schema pointer of a response component (answers not tied to one operation: 404 on any path, 405). */
    String componentResponseSchema(String name, String mediaType) {
        String response = "/components/responses/" + name;
        assertFalse(root.at(response).isMissingNode(), "no response component " + name);
        return mediaSchema(response, mediaType, name);
    }

    private String mediaSchema(String response, String mediaType, String what) {
        JsonNode content = root.at(response + "/content");
        String type = mediaType.split(";")[0].trim();
        assertTrue(content.has(type), what + " is answered as " + type + " but the document lists " + names(content));
        return response + "/content/" + escape(type) + "/schema";
    }

    /** Validation messages of {@code json} against the schema at {@code pointer}; empty when it conforms. */
    Set<String> violations(String pointer, String json) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        return schema.validate(json, InputFormat.JSON).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    void assertConforms(String pointer, String json, String what) {
        Set<String> violations = violations(pointer, json);
        assertTrue(violations.isEmpty(), what + " does not conform to " + pointer + ": " + violations + "\n" + abbreviate(json));
    }

    /** The tree at {@code node} with every local $ref replaced by what it refers to (siblings of $ref kept). */
    static JsonNode dereference(JsonNode document, JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = Http.MAPPER.createObjectNode();
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                assertTrue(ref.startsWith("#/"), "a non-local $ref: " + ref);
                JsonNode target = document.at(ref.substring(1));
                assertFalse(target.isMissingNode(), "a $ref to nothing: " + ref);
                JsonNode resolved = dereference(document, target);
                resolved.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("$ref")) {
                    out.set(e.getKey(), dereference(document, e.getValue()));
                }
            }
            return out;
        }
        if (node.isArray()) {
            var out = Http.MAPPER.createArrayNode();
            node.forEach(item -> out.add(dereference(document, item)));
            return out;
        }
        return node;
    }

    static String names(JsonNode object) {
        StringBuilder names = new StringBuilder();
        object.fieldNames().forEachRemaining(n -> names.append(names.length() == 0 ? "" : ", ").append(n));
        return "[" + names + "]";
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }

    JsonNode at(String pointer) {
        JsonNode node = root.at(pointer);
        assertNotNull(node);
        return node;
    }
}
