package org.scalingadvisor.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: writes that race each other. Identical shares sent at once make one share (and one audit
 * event), not a 503; creates sent at once never take an owner past advisor.plans.max-plans.
 * Each test uses its own API key, so each is its own owner.
 */
abstract class ConcurrentPlanWritesContract {

    static final String SHARER = "sharer-token-0123456789";
    static final String MAKER = "maker-token-0123456789";
    static final int MAX_PLANS = 5;

    @Inject
    EmbeddedServer server;

    /** The datasource settings of the database under test. */
    abstract Map<String, String> database();

    Map<String, String> settings() {
        Map<String, String> properties = new HashMap<>(database());
        properties.put("advisor.api.keys", "sharer:" + SHARER + ",maker:" + MAKER);
        properties.put("advisor.plans.max-plans", String.valueOf(MAX_PLANS));
        return properties;
    }

    @Test
    void identicalSharesSentAtOnceMakeOneShareAndEveryAnswerSaysSo() throws Exception {
        String id = create(SHARER, "shared at once").json().path("id").asText();
        List<Http.Answer> answers = atOnce(10, () -> send(SHARER, "POST", "/api/v1/plans/" + id + "/shares", "{\"person\":\"alice\"}"));
        for (Http.Answer answer : answers) {
            assertEquals(201, answer.status(), answer.body());
            assertEquals("[\"person:alice\"]", answer.json().path("shares").toString());
        }
        JsonNode events = send(SHARER, "GET", "/api/v1/plans/" + id + "/audit", null).json().path("events");
        int shared = 0;
        for (JsonNode event : events) {
            shared += event.path("action").asText().equals("SHARED") ? 1 : 0;
        }
        assertEquals(1, shared, "one share, one audit event: " + events);
    }

    @Test
    void twentyCreatesSentAtOnceMakeExactlyMaxPlans() throws Exception {
        List<Http.Answer> answers = atOnce(20, () -> create(MAKER, "made at once"));
        long created = answers.stream().filter(a -> a.status() == 201).count();
        List<Integer> others = answers.stream().map(Http.Answer::status).filter(s -> s != 201).toList();
        assertEquals(MAX_PLANS, created, "statuses other than 201: " + others);
        assertTrue(others.stream().allMatch(s -> s == 409), "the rest are told the limit is reached: " + others);
        for (Http.Answer answer : answers) {
            if (answer.status() == 409) {
                assertEquals("limit_reached", answer.json().path("code").asText(), answer.body());
            }
        }
        assertEquals(MAX_PLANS, send(MAKER, "GET", "/api/v1/plans", null).json().path("plans").size());
    }

    private Http.Answer create(String token, String title) throws Exception {
        return send(token, "POST", "/api/v1/plans", PlansApiContract.sample("myth-1-information-only.json").put("title", title).toString());
    }

    private Http.Answer send(String token, String method, String path, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return new Http(URI.create("http://127.0.0.1:" + server.getPort()))
                .send(method, path, headers, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the request on {@code n} threads released together, and returns every answer. */
    private static List<Http.Answer> atOnce(int n, Callable<Http.Answer> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
