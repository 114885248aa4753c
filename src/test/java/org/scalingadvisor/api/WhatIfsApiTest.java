package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scalingadvisor.SamplePlans;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/v1/what-ifs: every answer's outcome is what POST /api/v1/evaluations says of the plan with that
 * answer, with what it changes; plans, keys and content types are refused as the evaluations endpoint refuses them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfsApiTest implements TestPropertyProvider {

    private static final String KEY = "what-ifs-token-0123456789";
    private static final String WHAT_IFS = "/api/v1/what-ifs";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("advisor.api.keys", "portal:" + KEY);
    }

    private Http.Answer post(String path, byte[] body, String token) {
        Map<String, String> headers = token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token);
        return new Http(server.getURI()).send("POST", path, headers, body);
    }

    @Test
    void everyAnswerIsWhatAnEvaluationOfThePlanWithItSays() throws Exception {
        JsonNode plan = Http.MAPPER.readTree(Files.readString(Path.of("samples", "plans", "research-aligned.json")));
        Http.Answer answer = post(WHAT_IFS, Http.MAPPER.writeValueAsBytes(plan), KEY);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonNode whatIfs = answer.json();
        List<String> expectedFields = new FixedAnswerFields(new PlanReader()).all().stream().map(FixedAnswerFields.Field::path).toList();
        List<String> fields = new ArrayList<>();
        whatIfs.get("fields").forEach(f -> fields.add(f.get("field").asText()));
        assertEquals(expectedFields, fields, "every field with fixed answers, in schema order");
        JsonNode base = summaryOf(plan);
        assertEquals(base.get("verdict"), whatIfs.at("/base/verdict"));
        assertEquals(base.get("firstActions"), whatIfs.at("/base/firstActions"));
        int variants = 0;
        for (JsonNode field : whatIfs.get("fields")) {
            for (JsonNode tried : field.get("answers")) {
                JsonNode with = SamplePlans.withAnswer(plan, field.get("field").asText(), tried.get("answer").isNull() ? null : tried.get("answer"));
                JsonNode evaluation = evaluationOf(with);
                String what = field.get("field").asText() + " = " + tried.get("answer");
                assertEquals(evaluation.at("/summary/verdict"), tried.get("verdict"), what);
                assertEquals(evaluation.at("/summary/firstActions"), tried.get("firstActions"), what);
                assertEquals(!base.get("verdict").equals(tried.get("verdict")), tried.get("changesVerdict").asBoolean(), what);
                assertEquals(!base.get("firstActions").equals(tried.get("firstActions")), tried.get("changesFirstActions").asBoolean(), what);
                Set<String> before = ids(whatIfs.at("/base/items"));
                Set<String> after = new HashSet<>();
                evaluation.get("advice").forEach(item -> after.add(item.get("ruleId").asText()));
                assertEquals(difference(after, before), ids(tried.get("itemsAdded")), what);
                assertEquals(difference(before, after), ids(tried.get("itemsRemoved")), what);
                variants++;
            }
        }
        assertEquals(variants, whatIfs.get("variants").asInt());
        assertTrue(whatIfs.get("evaluations").asInt() < variants, "answers the rules cannot tell apart share an evaluation: " + whatIfs.get("evaluations"));
    }

    @Test
    void refusedAsEvaluationsAreRefused() {
        Http.Answer invalid = post(WHAT_IFS, "{\"title\":\"x\",\"innovation\":{\"nature\":\"NEW\"}}".getBytes(StandardCharsets.UTF_8), KEY);
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("application/problem+json", invalid.contentType());
        assertEquals("invalid_plan", invalid.json().get("code").asText());
        assertEquals("/innovation/nature", invalid.json().at("/errors/0/pointer").asText());
        byte[] plan = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals(401, post(WHAT_IFS, plan, null).status(), "a key is needed where keys are configured");
        assertEquals(401, post(WHAT_IFS, plan, "not-a-key-of-this-service").status());
        Http.Answer text = new Http(server.getURI()).send("POST", WHAT_IFS,
                Map.of("Content-Type", "text/plain", "Authorization", "Bearer " + KEY), plan);
        assertEquals(415, text.status(), text.body());
        assertEquals(200, post(WHAT_IFS, plan, KEY).status());
    }

    private JsonNode summaryOf(JsonNode plan) throws Exception {
        return evaluationOf(plan).get("summary");
    }

    private JsonNode evaluationOf(JsonNode plan) throws Exception {
        Http.Answer answer = post("/api/v1/evaluations", Http.MAPPER.writeValueAsBytes(plan), KEY);
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
