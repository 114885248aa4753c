package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, item 5: a procurement tool evaluates a tender's submissions in one call; a bad one fails alone. */
@MicronautTest
@Property(name = "advisor.batch.max-items", value = "5")
@Property(name = "advisor.batch.max-bytes", value = "200KB")
class BatchApiTest {

    private static final String BATCH = "/api/v1/evaluations/batch";

    @Inject
    EmbeddedServer server;

    private Http http() {
        return new Http(server.getURI());
    }

    private static JsonNode plan(String name) throws IOException {
        return Http.MAPPER.readTree(Files.readAllBytes(Path.of("samples", "plans", name)));
    }

    private static ObjectNode item(String reference, JsonNode plan) {
        ObjectNode item = Http.MAPPER.createObjectNode().put("reference", reference);
        item.set("plan", plan);
        return item;
    }

    /** Three bids; the middle one names an activity type that does not exist. */
    private static List<ObjectNode> threeBidsOneBad() throws IOException {
        ObjectNode bad = (ObjectNode) plan("myth-4-programme.json");
        ((ObjectNode) bad.withArray("activities").get(1)).put("type", "PARTY");
        return List.of(item("BID-41", plan("research-aligned.json")), item("BID-42", bad), item("BID-43", plan("myth-2-transfer-radical.json")));
    }

    private static String envelope(List<ObjectNode> items) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        ArrayNode array = body.putArray("items");
        items.forEach(array::add);
        return body.toString();
    }

    @Test
    void aBadItemInTheMiddleFailsAloneAndTheOthersAreEvaluatedInOrder() throws IOException {
        Http.Answer answer = http().postJson(BATCH, envelope(threeBidsOneBad()));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonNode results = answer.json().get("results");
        assertEquals(3, results.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, results.get(i).get("index").asInt(), "results come in index order");
            assertEquals("BID-4" + (i + 1), results.get(i).get("reference").asText());
        }
        assertEquals(List.of(200, 400, 200), List.of(results.get(0).get("status").asInt(), results.get(1).get("status").asInt(),
                results.get(2).get("status").asInt()));
        assertEquals("READY", results.at("/0/evaluation/summary/verdict").asText());
        assertFalse(results.get(0).has("problem"));
        assertEquals("NEEDS_WORK", results.at("/2/evaluation/summary/verdict").asText());

        JsonNode problem = results.get(1).get("problem");
        assertFalse(results.get(1).has("evaluation"));
        // The same problem a single POST of that plan gets, pointers relative to the item's plan.
        JsonNode single = http().postJson("/api/v1/evaluations", threeBidsOneBad().get(1).get("plan").toString()).json();
        assertEquals(single, problem);
        assertEquals("invalid_plan", problem.get("code").asText());
        assertEquals("/activities/1/type", problem.at("/errors/0/pointer").asText());
    }

    @Test
    void eachItemIsReadAsStrictlyAsASinglePlan() {
        // A duplicate key inside one plan, an item without a plan, an item with an unknown field, and a good one.
        String body = "{\"items\":[{\"reference\":\"dup\",\"plan\":{\"title\":\"a\",\"title\":\"b\"}},"
                + "{\"reference\":\"none\"},{\"reference\":\"extra\",\"plan\":{\"title\":\"x\"},\"colour\":1},"
                + "{\"plan\":{\"title\":\"Fine\"}}]}";
        JsonNode results = http().postJson(BATCH, body).json().get("results");
        assertEquals("malformed_json", results.at("/0/problem/code").asText(), results.toString());
        assertEquals("invalid_item", results.at("/1/problem/code").asText());
        assertEquals("plan", results.at("/1/problem/errors/0/parameter").asText());
        assertEquals("colour", results.at("/2/problem/errors/0/parameter").asText());
        assertEquals(200, results.at("/3/status").asInt());
        assertFalse(results.get(3).has("reference"), "no reference sent, none answered");
    }

    @Test
    void aMalformedEnvelopeIsOneProblem() {
        for (String[] bad : new String[][] {
                {"{\"items\":[{\"plan\":{\"title\":\"x\"}}", "malformed_json", ""},
                {"[]", "invalid_batch", ""},
                {"{}", "invalid_batch", "/items"},
                {"{\"items\":[]}", "invalid_batch", "/items"},
                {"{\"items\":{}}", "invalid_batch", "/items"},
                {"{\"items\":[],\"policy\":\"strict\"}", "invalid_batch", "/policy"}}) {
            Http.Answer answer = http().postJson(BATCH, bad[0]);
            assertEquals(400, answer.status(), bad[0] + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
            assertEquals(bad[1], answer.json().get("code").asText(), bad[0]);
            assertEquals(bad[2], answer.json().at("/errors/0/pointer").asText(), bad[0]);
        }
    }

    @Test
    void tooManyItemsOrBytesAreRefusedBeforeAnyWork() {
        List<ObjectNode> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(item("BID-" + i, Http.MAPPER.createObjectNode().put("title", "Bid " + i)));
        }
        Http.Answer items = http().postJson(BATCH, envelope(six));
        assertEquals(413, items.status(), items.body());
        assertEquals("batch_too_large", items.json().get("code").asText());
        assertEquals("/items", items.json().at("/errors/0/pointer").asText());

        String padding = "x".repeat(150);
        List<ObjectNode> big = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ObjectNode plan = Http.MAPPER.createObjectNode().put("title", "Bid " + i);
            ArrayNode activities = plan.putArray("activities");
            for (int a = 0; a < 300; a++) {
                activities.addObject().put("type", "WEBSITE").put("description", padding);
            }
            big.add(item("BID-" + i, plan));
        }
        String body = envelope(big);
        assertTrue(body.length() > 200 * 1024 && body.length() < 1024 * 1024, "over the batch's cap, under the server's: " + body.length());
        Http.Answer bytes = http().postJson(BATCH, body);
        assertEquals(413, bytes.status(), bytes.body());
        assertEquals("batch_too_large", bytes.json().get("code").asText());
    }

    @Test
    void ndjsonInAndOutStreamsOneResultPerLine() throws Exception {
        List<ObjectNode> items = threeBidsOneBad();
        StringBuilder body = new StringBuilder();
        items.forEach(i -> body.append(i).append('\n'));
        body.append("{\"reference\":\"BID-44\",\"plan\":{\"title\":\"cut short\"\n"); // one line that is not JSON fails alone
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(BATCH))
                .header("Content-Type", "application/x-ndjson").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("application/x-ndjson", response.headers().firstValue("content-type").orElse(""));
        assertTrue(response.headers().firstValue("content-length").isEmpty(), "streamed, not sent as one sized body");
        List<JsonNode> lines = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(Http.MAPPER.readTree(line)); // each line is a whole result, readable on its own
            }
        }
        assertEquals(4, lines.size());
        Set<Integer> indexes = new TreeSet<>();
        for (JsonNode line : lines) {
            int index = line.get("index").asInt();
            indexes.add(index);
            int expected = index == 0 || index == 2 ? 200 : 400;
            assertEquals(expected, line.get("status").asInt(), line.toString());
        }
        assertEquals(Set.of(0, 1, 2, 3), indexes);
        JsonNode cut = lines.stream().filter(l -> l.get("index").asInt() == 3).findFirst().orElseThrow();
        assertEquals("malformed_json", cut.at("/problem/code").asText());
    }

    @Test
    void aJsonBodyCanBeAnsweredAsNdjsonAndAnNdjsonBodyAsJson() throws IOException {
        Http.Answer json = http().send(HttpRequest.newBuilder(server.getURI().resolve(BATCH))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(threeBidsOneBad().get(0) + "\n")));
        assertEquals(200, json.status(), json.body());
        assertEquals(1, json.json().get("results").size());
        Http.Answer ndjson = http().send(HttpRequest.newBuilder(server.getURI().resolve(BATCH))
                .header("Content-Type", "application/json").header("Accept", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(threeBidsOneBad()))));
        assertEquals(200, ndjson.status(), ndjson.body());
        assertEquals(3, ndjson.body().lines().count());
    }

    @Test
    void anUnknownPolicyOrTheWrongMediaTypeIsRefusedBeforeReading() throws IOException {
        Http.Answer policy = http().postJson(BATCH + "?policy=harsh", envelope(threeBidsOneBad()));
        assertEquals(400, policy.status());
        assertEquals("policy", policy.json().at("/errors/0/parameter").asText());
        assertTrue(policy.json().get("detail").asText().contains("lenient") && policy.json().get("detail").asText().contains("strict"),
                "the known policies are listed: " + policy.body());
        Http.Answer text = http().post(BATCH, "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, text.status());
    }

    @Test
    void anIdempotencyKeyOnABatchIsRefusedRatherThanIgnored() throws IOException {
        Http.Answer keyed = http().send("POST", BATCH, java.util.Map.of("Content-Type", "application/json",
                "Idempotency-Key", "tender-7"), envelope(threeBidsOneBad()).getBytes(StandardCharsets.UTF_8));
        assertEquals(400, keyed.status(), keyed.body());
        assertEquals("invalid_header", keyed.json().path("code").asText());
        assertEquals("Idempotency-Key", keyed.json().at("/errors/0/parameter").asText(), keyed.body());
    }

    @Test
    void aPlanBodyOverTheBufferLimitIsStill413ForASingleEvaluation() {
        byte[] huge = new byte[1_100_000];
        java.util.Arrays.fill(huge, (byte) ' ');
        Http.Answer answer = http().postJson("/api/v1/evaluations", huge);
        assertEquals(413, answer.status(), answer.body());
        assertEquals("body_too_large", answer.json().get("code").asText());
    }
}
