package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A corpus of hostile request bodies: each gets a clear problem answer, never a 5xx or a stack trace. */
@MicronautTest
class HostileInputTest {

    /** One hostile input, the status it must get, and the pointer the problem must name (null: none needed). */
    record Hostile(String name, byte[] body, String contentType, int status, String pointer) {

        static Hostile json(String name, String body, int status, String pointer) {
            return new Hostile(name, body.getBytes(StandardCharsets.UTF_8), "application/json", status, pointer);
        }
    }

    @Inject
    EmbeddedServer server;

    static List<Hostile> corpus() {
        List<Hostile> c = new ArrayList<>();
        c.add(Hostile.json("empty body", "", 400, null));
        c.add(Hostile.json("whitespace only", "   \n\t ", 400, null));
        c.add(Hostile.json("null", "null", 400, ""));
        c.add(Hostile.json("boolean", "true", 400, ""));
        c.add(Hostile.json("number", "123", 400, ""));
        c.add(Hostile.json("string", "\"a plan\"", 400, ""));
        c.add(Hostile.json("array", "[{\"title\":\"x\"}]", 400, ""));
        c.add(Hostile.json("unclosed object", "{\"title\":\"x\"", 400, null));
        c.add(Hostile.json("stray brace", "}", 400, null));
        c.add(Hostile.json("trailing comma", "{\"title\":\"x\",}", 400, null));
        c.add(Hostile.json("single quotes", "{'title':'x'}", 400, null));
        c.add(Hostile.json("comment", "{/* hi */\"title\":\"x\"}", 400, null));
        c.add(Hostile.json("two documents", "{\"title\":\"x\"} {\"title\":\"y\"}", 400, null));
        c.add(Hostile.json("duplicate key", "{\"title\":\"x\",\"title\":\"y\"}", 400, "/title"));
        c.add(Hostile.json("nested duplicate key", "{\"title\":\"x\",\"innovation\":{\"nature\":\"RADICAL\",\"nature\":\"INCREMENTAL\"}}", 400, "/innovation/nature"));
        c.add(Hostile.json("deep nesting", "{\"title\":\"x\",\"innovation\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 400, null));
        c.add(Hostile.json("deep root array", "[".repeat(100_000), 400, null));
        c.add(Hostile.json("NaN", "{\"title\":\"x\",\"durationMonths\":NaN}", 400, null));
        c.add(Hostile.json("Infinity", "{\"title\":\"x\",\"durationMonths\":Infinity}", 400, null));
        c.add(Hostile.json("huge exponent", "{\"title\":\"x\",\"durationMonths\":1e999999}", 400, null));
        c.add(Hostile.json("huge integer", "{\"title\":\"x\",\"durationMonths\":99999999999999999999999999999999}", 400, "/durationMonths"));
        c.add(Hostile.json("thousand-digit number", "{\"title\":\"x\",\"durationMonths\":" + "9".repeat(1000) + "}", 400, null));
        c.add(Hostile.json("fraction for integer", "{\"title\":\"x\",\"durationMonths\":1.5}", 400, "/durationMonths"));
        c.add(Hostile.json("negative months", "{\"title\":\"x\",\"durationMonths\":-1}", 400, "/durationMonths"));
        c.add(Hostile.json("negative budget", "{\"title\":\"x\",\"activities\":[{\"type\":\"PILOT\",\"budget\":-5}]}", 400, "/activities/0/budget"));
        c.add(Hostile.json("number as string", "{\"title\":\"x\",\"durationMonths\":\"12\"}", 400, "/durationMonths"));
        c.add(Hostile.json("boolean as string", "{\"title\":\"x\",\"movement\":{\"vision\":\"yes\"}}", 400, "/movement/vision"));
        c.add(Hostile.json("title too long", "{\"title\":\"" + "t".repeat(201) + "\"}", 400, "/title"));
        c.add(Hostile.json("title empty", "{\"title\":\"\"}", 400, "/title"));
        c.add(Hostile.json("title null", "{\"title\":null}", 400, "/title"));
        c.add(Hostile.json("very long string", "{\"title\":\"x\",\"innovation\":{\"name\":\"" + "n".repeat(500_000) + "\"}}", 400, null));
        c.add(Hostile.json("description too long", "{\"title\":\"x\",\"activities\":[{\"type\":\"PILOT\",\"description\":\"" + "d".repeat(2001) + "\"}]}", 400, "/activities/0/description"));
        c.add(Hostile.json("too many activities", "{\"title\":\"x\",\"activities\":[" + String.join(",", java.util.Collections.nCopies(501, "{\"type\":\"PILOT\"}")) + "]}", 400, "/activities"));
        c.add(Hostile.json("too many stakeholders", "{\"title\":\"x\",\"stakeholders\":[" + String.join(",", java.util.Collections.nCopies(201, "{\"group\":\"CARERS\"}")) + "]}", 400, "/stakeholders"));
        c.add(Hostile.json("repeated route", "{\"title\":\"x\",\"approach\":{\"routes\":[\"TRANSFER\",\"TRANSFER\"]}}", 400, "/approach/routes"));
        c.add(Hostile.json("null in array", "{\"title\":\"x\",\"activities\":[null]}", 400, "/activities/0"));
        c.add(Hostile.json("object for array", "{\"title\":\"x\",\"activities\":{\"type\":\"PILOT\"}}", 400, "/activities"));
        c.add(Hostile.json("activity without type", "{\"title\":\"x\",\"activities\":[{\"budget\":5}]}", 400, "/activities/0/type"));
        c.add(Hostile.json("prototype pollution key", "{\"title\":\"x\",\"__proto__\":{\"admin\":true}}", 400, "/__proto__"));
        c.add(Hostile.json("key needing escapes", "{\"title\":\"x\",\"a/b~c\":1}", 400, "/a~1b~0c"));
        c.add(Hostile.json("lone surrogate escape", "{\"title\":\"x\",\"innovation\":{\"name\":\"\\ud800\"}}", 400, "/innovation/name"));
        c.add(Hostile.json("raw control character", "{\"title\":\"x\u0001y\"}", 400, null));
        c.add(new Hostile("invalid UTF-8", bytes("{\"title\":\"", new byte[]{(byte) 0xff, (byte) 0xfe}, "\"}"), "application/json", 400, null));
        c.add(new Hostile("overlong UTF-8", bytes("{\"title\":\"", new byte[]{(byte) 0xc0, (byte) 0x80}, "\"}"), "application/json", 400, null));
        c.add(new Hostile("UTF-8 byte order mark", bytes("", new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "{\"title\":\"x\"}"), "application/json", 200, null));
        c.add(new Hostile("UTF-16 body", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_16), "application/json", 400, null));
        c.add(new Hostile("text/plain", "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8), "text/plain", 415, null));
        c.add(new Hostile("XML", "<plan><title>x</title></plan>".getBytes(StandardCharsets.UTF_8), "application/xml", 415, null));
        c.add(new Hostile("form", "title=x".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", 415, null));
        c.add(new Hostile("over the size cap", padded(1_100_000), "application/json", 413, null));
        return c;
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] plan = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(plan, 0, body, 0, plan.length);
        return body;
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(corpus().size() >= 30, "at least 30 hostile inputs");
    }

    @TestFactory
    Stream<DynamicTest> eachHostileInputGetsAClearAnswer() {
        Http http = new Http(server.getURI());
        return corpus().stream().map(h -> DynamicTest.dynamicTest(h.name(), () -> {
            Http.Answer answer = http.post("/api/v1/evaluations", h.contentType(), h.body());
            assertEquals(h.status(), answer.status(), h.name() + ": " + abbreviate(answer.body()));
            assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "no stack trace: " + abbreviate(answer.body()));
            if (h.status() >= 400) {
                assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                JsonNode problem = answer.json();
                assertEquals(h.status(), problem.get("status").asInt());
                assertFalse(problem.path("title").asText().isBlank());
                assertFalse(problem.path("detail").asText().isBlank());
                assertFalse(problem.path("code").asText().isBlank());
                assertTrue(answer.body().length() < 20_000, "the answer does not echo a huge body");
                if (h.pointer() != null) {
                    assertTrue(problem.get("errors").toString().contains("\"pointer\":\"" + h.pointer() + "\""),
                            h.name() + " should name " + h.pointer() + ": " + abbreviate(answer.body()));
                }
            }
        }));
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
