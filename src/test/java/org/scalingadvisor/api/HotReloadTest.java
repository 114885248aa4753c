package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer edits the rules of a running service: broken edits never reach planners, fixed ones do. */
class HotReloadTest {

    private static final byte[] PLAN = "{\"title\":\"Almost empty\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBrokenEditKeepsTheOldRulesAndAFixIsServedWithinFiveSeconds(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "advisor.rules.dir", rules.toString(), "advisor.rules.watch", true,
                "advisor.rules.settle-ms", 200), "reload-test")) {
            Http http = new Http(server.getURI());
            String original = http.get("/api/v1/rules").json().get("version").asText();

            List<String> failures = new CopyOnWriteArrayList<>();
            List<String> versionsSeen = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread load = new Thread(() -> {
                while (running.get()) {
                    Http.Answer answer = http.postJson("/api/v1/evaluations", PLAN);
                    if (answer.status() != 200) {
                        failures.add(answer.status() + " " + answer.body());
                    } else {
                        versionsSeen.add(answer.json().at("/ruleset/version").asText());
                    }
                }
            });
            load.start();

            Path file = rules.resolve("factors/scie-factors.drl");
            TestFiles.edit(file, "    Missing(field == \"sector\")\n", "    Missing(field == \"sector\"\n");
            JsonNode broken = waitFor(http, "/api/v1/rules", r -> r.at("/lastLoad/status").asText().equals("FAILED"));
            assertEquals(original, broken.get("version").asText(), "the old rules keep serving");
            JsonNode error = broken.at("/lastLoad/errors/0");
            assertEquals("factors/scie-factors.drl", error.get("file").asText());
            assertTrue(error.get("line").asInt() > 0);
            assertFalse(error.get("message").asText().isBlank());
            JsonNode health = http.get("/health").json();
            assertEquals("UP", health.get("status").asText());
            assertEquals("FAILED", health.at("/details/rules/details/lastLoad/status").asText());
            assertEquals(original, http.postJson("/api/v1/evaluations", PLAN).json().at("/ruleset/version").asText());

            TestFiles.edit(file, "    Missing(field == \"sector\"\n", "    Missing(field == \"sector\")\n");
            TestFiles.edit(file, "@base(30)\n    @title(\"Say which sector the innovation is in\")",
                    "@base(32)\n    @title(\"Say which sector the innovation is in\")");
            long fixedAt = System.nanoTime();
            JsonNode fixed = waitFor(http, "/api/v1/rules", r -> r.at("/lastLoad/status").asText().equals("OK")
                    && !r.get("version").asText().equals(original));
            assertTrue((System.nanoTime() - fixedAt) / 1e9 < 5, "served within 5 s");
            JsonNode evaluation = http.postJson("/api/v1/evaluations", PLAN).json();
            assertEquals(fixed.get("version").asText(), evaluation.at("/ruleset/version").asText());
            boolean sectorGapRescored = false;
            for (JsonNode item : evaluation.get("advice")) {
                sectorGapRescored |= item.get("ruleId").asText().equals("gap.sector") && item.at("/priority/score").asInt() == 32;
            }
            assertTrue(sectorGapRescored, "the edited rule's new weight is used");

            running.set(false);
            load.join();
            assertEquals(List.of(), failures, "no request failed while rules reloaded");
            assertTrue(versionsSeen.size() > 10, "the load ran throughout");
        }
    }

    private static JsonNode waitFor(Http http, String path, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = http.get(path).json();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("condition not met within 10 s; last answer: " + last);
    }
}
