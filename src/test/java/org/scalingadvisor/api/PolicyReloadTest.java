package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer edits a policy on a running service: a broken save is refused at its line, a fixed one is served. */
class PolicyReloadTest {

    private static final byte[] PLAN = "{\"title\":\"Almost empty\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBrokenPolicyKeepsTheLastGoodRulesAndPoliciesAndAFixIsPickedUp(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "advisor.rules.dir", rules.toString(), "advisor.rules.watch", true,
                "advisor.rules.settle-ms", 200), "policy-reload-test")) {
            Http http = new Http(server.getURI());
            String original = http.get("/api/v1/rules").json().get("version").asText();
            Path strict = rules.resolve("policies/strict.yml");

            TestFiles.edit(strict, "  myths: any\n", "  myths: [MYTH-1, MYTH-9]\n");
            int line = TestFiles.lineOf(strict, "MYTH-9");
            JsonNode broken = waitFor(http, r -> r.at("/lastLoad/status").asText().equals("FAILED"));
            assertEquals(original, broken.get("version").asText(), "the old rules keep serving");
            JsonNode error = broken.at("/lastLoad/errors/0");
            assertEquals("policies/strict.yml", error.get("file").asText());
            assertEquals(line, error.get("line").asInt());
            assertTrue(error.get("message").asText().contains("MYTH-9"), error.toString());
            assertEquals(original, http.get("/api/v1/policies").json().get("version").asText());
            Http.Answer stillServed = http.postJson("/api/v1/evaluations?policy=strict", PLAN);
            assertEquals(200, stillServed.status(), stillServed.body());
            assertEquals("strict", stillServed.json().at("/policy/name").asText());

            TestFiles.edit(strict, "  myths: [MYTH-1, MYTH-9]\n", "  myths: [MYTH-1]\n");
            JsonNode fixed = waitFor(http, r -> r.at("/lastLoad/status").asText().equals("OK") && !r.get("version").asText().equals(original));
            JsonNode policies = http.get("/api/v1/policies").json();
            assertEquals(fixed.get("version").asText(), policies.get("version").asText());
            assertEquals("[\"MYTH-1\"]", policies.at("/policies/1/failWhen/myths").toString());
        }
    }

    private static JsonNode waitFor(Http http, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = http.get("/api/v1/rules").json();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 10 s; last answer: " + last);
    }
}
