package org.scalingadvisor.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs rule test cases: data files that name a plan and what its evaluation must show (ids, kinds,
 * bands, order; never wording). The JUnit suite, the {@code test} subcommand and the benchmarks
 * all run the same files.
 */
public final class CaseRunner {

    /** The outcome of one case; {@code fired} lists every rule that fired, for coverage. */
    public record Result(String name, String file, String note, List<String> failures, Set<String> fired) {

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** A case file read: its note, the plan body, the audience filter and the expectations. */
    public record TestCase(String name, Path file, String note, byte[] planBody, String audience, JsonNode expect) {
    }

    private static final Set<String> EXPECTATIONS = Set.of("verdict", "myths", "present", "absent", "kinds", "noKinds",
            "order", "bands", "signs", "noSigns", "verdictIn", "mythsPresent", "mythsAbsent", "recommends", "asksAbout",
            "notRecommends");

    private final ObjectMapper mapper = new ObjectMapper();
    private final PlanReader reader;
    private final Evaluator evaluator;

    public CaseRunner(PlanReader reader, Evaluator evaluator) {
        this.reader = reader;
        this.evaluator = evaluator;
    }

    /** Every case file (*.json) under the folder, in name order. */
    public static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Reads a case file; a case that cannot be read throws with the reason. */
    public TestCase read(Path file) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode plan = root.path("plan");
        byte[] body;
        if (plan.isTextual()) {
            body = Files.readAllBytes(file.getParent().resolve(plan.asText()).normalize());
        } else if (plan.isObject()) {
            body = mapper.writeValueAsBytes(plan);
        } else {
            throw new IOException(file + ": 'plan' must be a plan object or the path of a plan file");
        }
        String audience = root.path("audience").isTextual() ? root.path("audience").asText() : null;
        return new TestCase(name, file, root.path("note").asText(""), body, audience, root.path("expect"));
    }

    /** Reads the plan body of a case (for benchmarks and the evaluate command). */
    public ScalingPlan plan(TestCase testCase) throws PlanRejectedException {
        return reader.read(testCase.planBody());
    }

    public Result run(Path file, Ruleset ruleset) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        TestCase testCase;
        try {
            testCase = read(file);
        } catch (IOException e) {
            return new Result(name, file.toString(), "", List.of("cannot read the case: " + e.getMessage()), Set.of());
        }
        List<String> failures = new ArrayList<>();
        if (testCase.note().isBlank()) {
            failures.add("the case has no 'note' saying what a good adviser would say");
        }
        JsonNode expect = testCase.expect();
        if (!expect.isObject() || expect.isEmpty()) {
            failures.add("the case has no 'expect': a case must say what the evaluation should show");
            return new Result(name, file.toString(), testCase.note(), failures, Set.of());
        }
        expect.fieldNames().forEachRemaining(key -> {
            if (!EXPECTATIONS.contains(key)) {
                failures.add("unknown expectation '" + key + "'; use " + new TreeSet<>(EXPECTATIONS));
            }
        });
        Evaluator.Run run;
        try {
            run = evaluator.run(reader.read(testCase.planBody()), ruleset, testCase.audience());
        } catch (PlanRejectedException e) {
            failures.add("the plan is not valid: " + e.getMessage() + " " + e.errors());
            return new Result(name, file.toString(), testCase.note(), failures, Set.of());
        }
        check(expect, run.evaluation(), failures);
        return new Result(name, file.toString(), testCase.note(), failures, run.firedRuleIds());
    }

    private static void check(JsonNode expect, Evaluation evaluation, List<String> failures) {
        Map<String, Evaluation.Item> items = new HashMap<>();
        // A recommendation merged into another (same mechanism element) is given, as part of that item.
        evaluation.advice().forEach(item -> item.trace().merged().forEach(merged -> items.put(merged, item)));
        evaluation.advice().forEach(item -> items.put(item.ruleId(), item));
        String got = items.keySet().stream().sorted().toList().toString();
        if (expect.has("verdict") && !expect.get("verdict").asText().equals(evaluation.summary().verdict())) {
            failures.add("verdict: expected " + expect.get("verdict").asText() + ", got " + evaluation.summary().verdict());
        }
        if (expect.has("myths")) {
            List<String> want = new ArrayList<>();
            expect.get("myths").forEach(m -> want.add(m.asText()));
            List<String> sorted = want.stream().sorted().toList();
            if (!sorted.equals(evaluation.summary().myths())) {
                failures.add("myths: expected " + sorted + ", got " + evaluation.summary().myths());
            }
        }
        for (JsonNode p : expect.path("present")) {
            String ruleId = p.isTextual() ? p.asText() : p.path("ruleId").asText();
            Evaluation.Item item = items.get(ruleId);
            if (item == null) {
                failures.add("expected advice " + ruleId + ", but it is not given; got " + got);
                continue;
            }
            if (p.has("kind") && !p.get("kind").asText().equals(item.kind())) {
                failures.add(ruleId + ": expected kind " + p.get("kind").asText() + ", got " + item.kind());
            }
            if (p.has("band") && !p.get("band").asText().equals(item.priority().band())) {
                failures.add(ruleId + ": expected band " + p.get("band").asText() + ", got " + item.priority().band()
                        + " (score " + item.priority().score() + ")");
            }
        }
        for (JsonNode a : expect.path("absent")) {
            if (items.containsKey(a.asText())) {
                failures.add("expected no advice " + a.asText() + ", but it is given (" + items.get(a.asText()).kind() + ")");
            }
        }
        for (JsonNode k : expect.path("kinds")) {
            if (evaluation.advice().stream().noneMatch(i -> i.kind().equals(k.asText()))) {
                failures.add("expected at least one " + k.asText() + " item, got none");
            }
        }
        for (JsonNode k : expect.path("noKinds")) {
            List<String> found = evaluation.advice().stream().filter(i -> i.kind().equals(k.asText())).map(Evaluation.Item::ruleId).toList();
            if (!found.isEmpty()) {
                failures.add("expected no " + k.asText() + " items, got " + found);
            }
        }
        for (JsonNode pair : expect.path("order")) {
            Evaluation.Item first = items.get(pair.path(0).asText());
            Evaluation.Item second = items.get(pair.path(1).asText());
            if (first == null || second == null) {
                failures.add("order " + pair + ": both items must be given; got " + got);
            } else if (first.rank() >= second.rank()) {
                failures.add("order: expected " + first.ruleId() + " (rank " + first.rank() + ", score " + first.priority().score()
                        + ") above " + second.ruleId() + " (rank " + second.rank() + ", score " + second.priority().score() + ")");
            }
        }
        KnowledgeExpectations.check(expect, evaluation, failures);
        JsonNode bands = expect.path("bands");
        bands.fieldNames().forEachRemaining(band -> {
            int want = bands.get(band).asInt();
            int have = switch (band) {
                case "CRITICAL" -> evaluation.summary().counts().CRITICAL();
                case "HIGH" -> evaluation.summary().counts().HIGH();
                case "MEDIUM" -> evaluation.summary().counts().MEDIUM();
                case "LOW" -> evaluation.summary().counts().LOW();
                default -> -1;
            };
            if (have != want) {
                failures.add("bands." + band + ": expected " + want + " items, got " + have);
            }
        });
    }
}
