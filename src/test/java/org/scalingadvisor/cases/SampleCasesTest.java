package org.scalingadvisor.cases;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs every case in samples/cases (the same files the test subcommand runs) as a named test. */
class SampleCasesTest {

    private static Ruleset ruleset;
    private static CaseRunner runner;
    private static List<CaseRunner.Result> results;

    @BeforeAll
    static void load() throws IOException {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(TestFiles.RULES);
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        ruleset = outcome.ruleset();
        runner = new CaseRunner(new PlanReader(), new Evaluator());
        results = new ArrayList<>();
        for (Path file : CaseRunner.caseFiles(TestFiles.CASES)) {
            results.add(runner.run(file, ruleset));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), () -> {
            if (!result.passed()) {
                fail(result.file() + "\n  " + String.join("\n  ", result.failures()));
            }
        }));
    }

    @Test
    void thereAreEnoughCases() {
        assertTrue(results.size() >= 20, "at least 20 cases, found " + results.size());
    }

    @Test
    void everyMythIsDiagnosedBySomeCaseAndAResearchAlignedPlanByNone() throws Exception {
        Set<String> diagnosed = new TreeSet<>();
        for (Path file : CaseRunner.caseFiles(TestFiles.CASES)) {
            CaseRunner.TestCase testCase = runner.read(file);
            Evaluation evaluation = new Evaluator().evaluate(runner.plan(testCase), ruleset, null);
            diagnosed.addAll(evaluation.summary().myths());
        }
        assertEquals(Set.of("MYTH-1", "MYTH-2", "MYTH-3", "MYTH-4", "MYTH-5"), diagnosed);
        CaseRunner.TestCase aligned = runner.read(TestFiles.CASES.resolve("research-aligned.json"));
        Evaluation evaluation = new Evaluator().evaluate(runner.plan(aligned), ruleset, null);
        assertEquals(List.of(), evaluation.summary().myths());
        assertEquals("READY", evaluation.summary().verdict());
    }

    @Test
    void everyKnowledgeIdIsCitedByARuleThatFiresInSomeCase() {
        Set<String> fired = new TreeSet<>();
        results.forEach(r -> fired.addAll(r.fired()));
        Set<String> firedRefs = new TreeSet<>();
        for (RuleInfo rule : ruleset.rules()) {
            if (fired.contains(rule.ruleId())) {
                firedRefs.addAll(rule.refs());
            }
        }
        List<String> neverFired = ruleset.knowledge().items().stream().map(KnowledgeCatalogue.Item::id)
                .filter(id -> !firedRefs.contains(id)).toList();
        assertEquals(List.of(), neverFired, "knowledge ids whose citing rules never fire in any case");
    }

    @Test
    void aCaseWithoutExpectationFails(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("empty-expectation.json");
        java.nio.file.Files.writeString(file, "{\"note\":\"n\",\"plan\":{\"title\":\"t\"},\"expect\":{}}");
        CaseRunner.Result result = runner.run(file, ruleset);
        assertTrue(!result.passed() && result.failures().get(0).contains("no 'expect'"), result.toString());
        java.nio.file.Files.writeString(file, "{\"note\":\"n\",\"plan\":{\"title\":\"t\"},\"expect\":{\"verdict\":\"READY\"}}");
        CaseRunner.Result wrong = runner.run(file, ruleset);
        assertTrue(!wrong.passed() && wrong.failures().get(0).contains("expected READY, got NEEDS_WORK"), wrong.toString());
    }
}
