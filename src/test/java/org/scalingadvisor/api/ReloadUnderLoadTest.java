package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RulesFolder;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many threads evaluate while the rules reload again and again between two versions that score
 * one item differently: every answer is a 200 whose advice matches the version it reports.
 */
class ReloadUnderLoadTest {

    private static final byte[] PLAN = "{\"title\":\"Almost empty\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void everyAnswerIsConsistentWithTheVersionItReports(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("factors/scie-factors.drl");
        String versionA = new RulesFolder(rules).version();
        String textA = Files.readString(file);
        String textB = textA.replace("@base(30)\n    @title(\"Say which sector the innovation is in\")",
                "@base(33)\n    @title(\"Say which sector the innovation is in\")");
        assertTrue(!textA.equals(textB));
        write(file, textB);
        String versionB = new RulesFolder(rules).version();
        write(file, textA);
        Map<String, Integer> expectedScore = Map.of(versionA, 30, versionB, 33);

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "advisor.rules.dir", rules.toString(), "advisor.rules.watch", false), "load-test")) {
            RulesetHolder holder = server.getApplicationContext().getBean(RulesetHolder.class);
            Http http = new Http(server.getURI());
            AtomicBoolean running = new AtomicBoolean(true);
            List<String> problems = new CopyOnWriteArrayList<>();
            Map<String, AtomicInteger> answersByVersion = new ConcurrentHashMap<>();
            List<Thread> clients = new java.util.ArrayList<>();
            for (int t = 0; t < 6; t++) {
                Thread client = new Thread(() -> {
                    while (running.get()) {
                        Http.Answer answer = http.postJson("/api/v1/evaluations", PLAN);
                        if (answer.status() != 200) {
                            problems.add(answer.status() + ": " + answer.body());
                            continue;
                        }
                        JsonNode evaluation = answer.json();
                        String version = evaluation.at("/ruleset/version").asText();
                        answersByVersion.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
                        Integer want = expectedScore.get(version);
                        int got = -1;
                        for (JsonNode item : evaluation.get("advice")) {
                            if (item.get("ruleId").asText().equals("gap.sector")) {
                                got = item.at("/priority/score").asInt();
                            }
                        }
                        if (want == null || want != got) {
                            problems.add("version " + version + " answered gap.sector score " + got + ", expected " + want);
                        }
                    }
                });
                client.start();
                clients.add(client);
            }
            for (int i = 0; i < 10; i++) {
                write(file, i % 2 == 0 ? textB : textA);
                LoadReport report = holder.reload("test");
                assertEquals("OK", report.status(), report.errors().toString());
                Thread.sleep(20);
            }
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
            assertTrue(answersByVersion.containsKey(versionA) && answersByVersion.containsKey(versionB),
                    "both versions answered: " + answersByVersion);
        }
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Path temp = file.resolveSibling(".edit.tmp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
