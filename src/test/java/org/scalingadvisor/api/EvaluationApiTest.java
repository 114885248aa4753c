package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class EvaluationApiTest {

    private static final List<String> ITEM_FIELDS = List.of("rank", "ruleId", "kind", "title", "message", "audiences",
            "refs", "priority", "sources", "trace");

    @Inject
    EmbeddedServer server;

    private Http http() {
        return new Http(server.getURI());
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", "plans", name));
    }

    @Test
    void everyItemCarriesTheContractFieldsAndARealTrace() throws IOException {
        for (Path plan : Files.list(Path.of("samples", "plans")).sorted().toList()) {
            byte[] body = Files.readAllBytes(plan);
            JsonNode submitted = Http.MAPPER.readTree(body);
            Http.Answer answer = http().postJson("/api/v1/evaluations", body);
            assertEquals(200, answer.status(), plan + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/json"));
            JsonNode evaluation = answer.json();
            for (String field : List.of("evaluationId", "plan", "ruleset", "summary", "advice")) {
                assertTrue(evaluation.has(field), plan + " lacks " + field);
            }
            int rank = 0;
            int previousScore = 101;
            for (JsonNode item : evaluation.get("advice")) {
                for (String field : ITEM_FIELDS) {
                    assertTrue(item.has(field), plan + ": item lacks " + field + ": " + item);
                }
                assertEquals(++rank, item.get("rank").asInt());
                int score = item.at("/priority/score").asInt();
                assertTrue(score <= previousScore, "ordered by score");
                previousScore = score;
                int sum = 0;
                for (JsonNode c : item.at("/priority/contributions")) {
                    sum += c.get("points").asInt();
                    assertFalse(c.get("ruleId").asText().isBlank());
                }
                assertEquals(Math.max(0, Math.min(100, sum)), score, "score is the clamped sum of contributions");
                assertTrue(Files.isRegularFile(TestFiles.RULES.resolve(item.at("/trace/file").asText())), "trace file exists");
                for (JsonNode pointer : item.at("/trace/evidence")) {
                    assertFalse(submitted.at(pointer.asText()).isMissingNode(),
                            plan + ": evidence " + pointer + " of " + item.get("ruleId") + " does not resolve in the plan");
                }
                assertFalse(item.get("sources").isEmpty());
                assertFalse(item.get("refs").isEmpty());
            }
        }
    }

    @Test
    void theSamePlanGivesTheSameBytesApartFromTheId() throws IOException {
        byte[] body = sample("research-aligned.json");
        JsonNode first = http().postJson("/api/v1/evaluations", body).json();
        // Another plan in between: a pooled session must come back empty.
        http().postJson("/api/v1/evaluations", sample("mixed-supply-programme.json"));
        JsonNode second = http().postJson("/api/v1/evaluations", body).json();
        assertFalse(first.get("evaluationId").equals(second.get("evaluationId")));
        ((ObjectNode) first).remove("evaluationId");
        ((ObjectNode) second).remove("evaluationId");
        assertEquals(first.toString(), second.toString());
    }

    @Test
    void anAudienceFilterKeepsOnlyThatAudienceButCountsEverything() throws IOException {
        byte[] body = "{\"title\":\"Almost empty\"}".getBytes(StandardCharsets.UTF_8);
        JsonNode all = http().postJson("/api/v1/evaluations", body).json();
        JsonNode commissioner = http().postJson("/api/v1/evaluations?audience=SYSTEM_LEADER", body).json();
        assertEquals(all.get("summary"), commissioner.get("summary"));
        assertTrue(commissioner.get("advice").size() < all.get("advice").size());
        for (JsonNode item : commissioner.get("advice")) {
            assertTrue(item.get("audiences").toString().contains("SYSTEM_LEADER"));
        }
        assertEquals(400, http().postJson("/api/v1/evaluations?audience=BOSS", body).status());
    }

    @Test
    void badInputGetsAProblemWithAPointerNeverA5xx() {
        record Bad(String body, String contentType, int status, String pointer) {
        }
        List<Bad> cases = List.of(
                new Bad("{\"title\": ", "application/json", 400, null),
                new Bad("{\"title\":\"x\",\"colour\":\"red\"}", "application/json", 400, "/colour"),
                new Bad("{\"title\":\"x\",\"sector\":\"HOSPITAL\"}", "application/json", 400, "/sector"),
                new Bad("{\"title\":\"x\",\"durationMonths\":\"ten\"}", "application/json", 400, "/durationMonths"),
                new Bad("{\"sector\":\"HEALTH\"}", "application/json", 400, "/title"),
                new Bad("[1,2]", "application/json", 400, ""),
                new Bad("\"a plan\"", "application/json", 400, ""),
                new Bad("{\"title\":\"x\",\"activities\":[{\"type\":\"LEAFLET\"}]}", "application/json", 400, "/activities/0/type"),
                new Bad("{\"title\":\"x\"}", "text/plain", 415, null));
        for (Bad bad : cases) {
            Http.Answer answer = http().post("/api/v1/evaluations", bad.contentType(), bad.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(bad.status(), answer.status(), bad.body() + " -> " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            JsonNode problem = answer.json();
            assertEquals(bad.status(), problem.get("status").asInt());
            assertFalse(problem.get("title").asText().isBlank());
            assertFalse(problem.get("detail").asText().isBlank());
            assertFalse(answer.body().contains("Exception"), "no stack trace: " + answer.body());
            if (bad.pointer() != null) {
                assertTrue(problem.get("errors").toString().contains("\"pointer\":\"" + bad.pointer() + "\""),
                        bad.body() + " should name pointer " + bad.pointer() + ": " + answer.body());
            }
        }
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        Http.Answer tooBig = http().postJson("/api/v1/evaluations", huge);
        assertEquals(413, tooBig.status());
        assertTrue(tooBig.contentType().startsWith("application/problem+json"));
    }

    @Test
    void metricsExposeEvaluationsLoadsAndTheVersionServed() {
        http().postJson("/api/v1/evaluations", "{\"title\":\"Metrics\"}".getBytes(StandardCharsets.UTF_8));
        http().postJson("/api/v1/evaluations", "{\"title\":".getBytes(StandardCharsets.UTF_8));
        String version = http().get("/api/v1/rules").json().get("version").asText();
        Http.Answer metrics = http().get("/prometheus");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("advisor_ruleset_info{version=\"" + version + "\"} 1"), metrics.body());
        assertTrue(metrics.body().contains("advisor_ruleset_loads_total{outcome=\"ok\"}"));
        assertTrue(metrics.body().contains("advisor_evaluations_seconds_count{verdict=\"NEEDS_WORK\"}"));
        assertTrue(metrics.body().contains("advisor_evaluations_rejected_total{reason=\"MALFORMED_JSON\"}"));
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedValues() {
        Http.Answer answer = http().postJson("/api/v1/evaluations",
                "{\"title\":\"x\",\"innovation\":{\"nature\":\"RADICALL\"}}".getBytes(StandardCharsets.UTF_8));
        JsonNode error = answer.json().get("errors").get(0);
        assertEquals("/innovation/nature", error.get("pointer").asText());
        assertTrue(error.get("message").asText().contains("INCREMENTAL, RADICAL, SYSTEMIC, DISRUPTIVE"), error.toString());
    }

    @Test
    void theCataloguesAndSchemaAreServed() {
        JsonNode rules = http().get("/api/v1/rules").json();
        assertTrue(rules.get("ruleCount").asInt() > 50);
        JsonNode first = rules.get("rules").get(0);
        for (String field : List.of("ruleId", "name", "file", "line", "kind", "refs", "sources", "audiences", "description")) {
            assertTrue(first.has(field), "rule lacks " + field);
        }
        JsonNode one = http().get("/api/v1/rules/myth-4.supply-side").json();
        assertTrue(one.get("drl").asText().contains("rule \"Myth 4"));
        assertEquals(404, http().get("/api/v1/rules/no.such.rule").status());
        JsonNode knowledge = http().get("/api/v1/knowledge").json();
        assertEquals(50, knowledge.get("items").size());
        assertEquals("MYTH-1", knowledge.get("items").get(0).get("id").asText());
        Http.Answer schema = http().get("/api/v1/plan-schema");
        assertEquals(200, schema.status());
        assertTrue(schema.json().at("/required").toString().contains("title"));
        Http.Answer openapi = http().get("/openapi/scaling-advisor-1.yml");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/evaluations") && openapi.body().contains("ScalingPlan"));
        JsonNode health = http().get("/health").json();
        assertEquals("UP", health.get("status").asText());
        assertEquals(rules.get("version").asText(), health.at("/details/rules/details/version").asText());
    }
}
