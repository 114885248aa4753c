package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.scalingadvisor.ruleset.SourceRef;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written evaluation JSON is byte for byte what the service's own JSON mapper (Micronaut
 * Serde with the application's settings, inclusion ALWAYS) writes for the same Evaluation: on
 * every sample, case and calibration plan with every audience, on random plans, and on values
 * that need escaping, non-ASCII text, nulls and instants of every precision.
 */
class EvaluationJsonTest {

    private static ApplicationContext context;
    private static JsonMapper serde;
    private static Ruleset ruleset;

    @BeforeAll
    static void start() {
        // Only the serialisation settings of application.yml: the mapper the HTTP layer uses.
        context = ApplicationContext.builder().properties(Map.of("micronaut.serde.serialization.inclusion", "ALWAYS"))
                .deduceEnvironment(false).start();
        serde = context.getBean(JsonMapper.class);
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(TestFiles.RULES);
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        ruleset = outcome.ruleset();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void everySamplePlanWithEveryAudienceIsWrittenAsSerdeWritesIt() throws Exception {
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        ObjectMapper plain = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("samples/plans", "samples/cases", "samples/calibration")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 90, "found only " + files.size() + " plans");
        List<String> audiences = new ArrayList<>(Kind.AUDIENCES);
        audiences.add(null);
        int compared = 0;
        int rejected = 0;
        for (Path file : files) {
            JsonNode json = plain.readTree(file.toFile());
            if (json.path("plan").isTextual()) {
                continue; // a case naming a file of samples/plans, compared already
            }
            byte[] body = json.has("plan") ? plain.writeValueAsBytes(json.get("plan")) : Files.readAllBytes(file);
            ScalingPlan plan;
            try {
                plan = reader.read(body);
            } catch (PlanRejectedException e) {
                rejected++;
                continue;
            }
            for (String audience : audiences) {
                Evaluation evaluation = evaluator.evaluate(plan, ruleset, audience);
                assertSame(evaluation, file + " audience " + audience);
                // Twice: the second time the rules' fixed parts come from the cache.
                assertSame(evaluation, file + " audience " + audience + " (again)");
                compared++;
            }
        }
        assertTrue(rejected <= 2, rejected + " sample plans were refused");
        assertTrue(compared > 60 * 5, "compared only " + compared);
    }

    @Test
    void randomPlansAreWrittenAsSerdeWritesThem() throws Exception {
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        PlanGenerator generator = new PlanGenerator();
        ObjectMapper plain = new ObjectMapper();
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            byte[] body = plain.writeValueAsBytes(generator.plan(random));
            Evaluation evaluation = evaluator.evaluate(reader.read(body), ruleset, null);
            assertSame(evaluation, "random plan " + i);
        }
    }

    @Test
    void escapingNonAsciiNullsAndInstantsAreWrittenAsSerdeWritesThem() throws Exception {
        String awkward = "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u0007 nul \u0000 us \u001f del \u007f"
                + " é ü ß — “curly” € 漢字 emoji \uD83D\uDE00 nbsp \u00a0 line sep \u2028 end";
        Evaluation.Item item = new Evaluation.Item(7, awkward, "GAP", awkward, awkward, List.of(awkward, "ADOPTER"),
                List.of(), new Evaluation.Priority(-3, awkward, List.of(new Evaluation.Contribution(awkward, -12, awkward))),
                List.of(new SourceRef(awkward, awkward), new SourceRef("A", null)),
                List.of(new Evaluation.Sign(awkward, awkward, List.of(awkward))),
                new Evaluation.Trace(awkward, awkward, 2_147_483_647, List.of("/a~1b"), List.of(), List.of(awkward)));
        Evaluation.Item nulls = new Evaluation.Item(0, null, null, null, null, null, null, null, null, null, null);
        Evaluation.Item nullParts = new Evaluation.Item(1, "r", "GAP", "t", "m", Arrays.asList("x", null), null,
                new Evaluation.Priority(0, null, null), Arrays.asList((SourceRef) null), Arrays.asList((Evaluation.Sign) null),
                new Evaluation.Trace(null, null, 0, null, null, null));
        for (Instant at : List.of(Instant.parse("2026-11-22T16:15:12Z"), Instant.parse("2026-11-22T16:15:12.500Z"),
                Instant.parse("2026-11-22T16:15:12.553Z"), Instant.parse("2026-11-22T16:15:12.553100Z"),
                Instant.parse("2026-11-22T16:15:12.000000001Z"), Instant.parse("0001-01-01T00:00:00Z"))) {
            assertSame(new Evaluation(awkward, new Evaluation.PlanRef(awkward), new Evaluation.RulesetRef(awkward, -1, at),
                    new Evaluation.Summary(awkward, List.of(awkward), new Evaluation.Counts(1, 22, 333, 4444), 10, -10, List.of()),
                    List.of(item, nulls, nullParts, item)), "awkward values at " + at);
        }
        assertSame(new Evaluation(null, null, null, null, null), "all null");
        assertSame(new Evaluation("id", new Evaluation.PlanRef(null), new Evaluation.RulesetRef(null, 0, null),
                new Evaluation.Summary(null, null, null, 0, 0, null), List.of()), "null parts");
    }

    @Test
    void anEvaluationJudgedByAPolicyIsWrittenAsSerdeWritesIt() throws Exception {
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        int judged = 0;
        try (Stream<Path> list = Files.list(Path.of("samples/plans"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Evaluation evaluation = evaluator.evaluate(reader.read(Files.readAllBytes(file)), ruleset, null);
                for (org.scalingadvisor.ruleset.Policy policy : ruleset.policies().all()) {
                    Evaluation withPolicy = evaluation.withPolicy(PolicyCheck.apply(policy, evaluation, ruleset.knowledge()));
                    assertSame(withPolicy, file + " policy " + policy.name());
                    assertSame(withPolicy.forAudience("COMMISSIONER"), file + " policy " + policy.name() + " for commissioners");
                    judged++;
                }
            }
        }
        assertTrue(judged >= 20, "judged only " + judged);
        String awkward = "quote \" and \uD83D\uDE00 and \u0007";
        assertSame(new Evaluation("id", new Evaluation.PlanRef("t"), new Evaluation.RulesetRef("v", 1, Instant.EPOCH),
                new Evaluation.Summary("READY", List.of(), new Evaluation.Counts(0, 0, 0, 0), 0, 0, List.of()), List.of(),
                new PolicyCheck.Outcome(awkward, "FAIL", Arrays.asList(new PolicyCheck.Reason(awkward, awkward, awkward),
                        new PolicyCheck.Reason(null, null, null)))), "awkward policy");
        assertSame(new Evaluation("id", null, null, null, null, new PolicyCheck.Outcome(null, null, null)), "null policy parts");
    }

    private static void assertSame(Evaluation evaluation, String what) throws Exception {
        String expected = new String(serde.writeValueAsBytes(evaluation), StandardCharsets.UTF_8);
        String actual = new String(EvaluationJson.write(evaluation), StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            int at = 0;
            while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 80);
            assertEquals(expected.substring(from, Math.min(expected.length(), at + 80)),
                    actual.substring(from, Math.min(actual.length(), at + 80)), what + ": first difference at character " + at);
        }
    }
}
