package org.scalingadvisor.api;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan schema goes into the description whole, or the description is not served: nothing is silently dropped. */
class OpenApiDocumentTest {

    private static Map<String, Object> document() {
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("Problem", Map.of("type", "object"));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("components", components);
        return document;
    }

    @SuppressWarnings("unchecked")
    @Test
    void definitionsBecomeComponentsAndReferencesFollowThem() {
        Map<String, Object> plan = Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "object",
                "properties", Map.of("scale", Map.of("$ref", "#/$defs/level", "description", "how far")),
                "$defs", Map.of("level", Map.of("type", "string", "enum", List.of("LOW", "HIGH"))));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) OpenApiDocument.assemble(document(), plan)
                .get("components")).get("schemas");
        assertEquals(List.of("ScalingPlan", "Level", "Problem"), List.copyOf(schemas.keySet()));
        Map<String, Object> scalingPlan = (Map<String, Object>) schemas.get("ScalingPlan");
        assertTrue(!scalingPlan.containsKey("$schema") && !scalingPlan.containsKey("$defs"));
        assertEquals(Map.of("$ref", "#/components/schemas/Level", "description", "how far"),
                ((Map<String, Object>) scalingPlan.get("properties")).get("scale"));
    }

    /** OpenAPI 3.0 schema objects take specification extensions (x-...); the editor's value descriptions are one. */
    @SuppressWarnings("unchecked")
    @Test
    void specificationExtensionsPassUnchanged() {
        Map<String, Object> descriptions = Map.of("LOW", "little", "HIGH", "a lot");
        Map<String, Object> plan = Map.of("type", "object",
                "properties", Map.of("level", Map.of("$ref", "#/$defs/level")),
                "$defs", Map.of("level", Map.of("type", "string", "enum", List.of("LOW", "HIGH"), "x-enumDescriptions", descriptions)));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) OpenApiDocument.assemble(document(), plan)
                .get("components")).get("schemas");
        assertEquals(descriptions, ((Map<String, Object>) schemas.get("Level")).get("x-enumDescriptions"));
    }

    @Test
    void aKeywordOpenApi30CannotSayIsRefused() {
        for (String keyword : List.of("const", "prefixItems", "unevaluatedProperties", "dependentRequired", "if")) {
            Map<String, Object> plan = Map.of("type", "object", "properties", Map.of("title", Map.of("type", "string", keyword, "x")));
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiDocument.assemble(document(), plan), keyword);
            assertTrue(refused.getMessage().contains("'" + keyword + "'"), refused.getMessage());
        }
    }

    @Test
    void aReferenceOutsideTheDefinitionsOrAClashingNameIsRefused() {
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.assemble(document(),
                Map.of("type", "object", "properties", Map.of("a", Map.of("$ref", "https://elsewhere.example/schema.json")))));
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.assemble(document(),
                Map.of("type", "object", "$defs", Map.of("problem", Map.of("type", "string")))));
    }
}
