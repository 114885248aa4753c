package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A session moved from facts to facts can loop inside Drools where no listener event comes ({@link LoopingRules}):
 * each call still ends by its deadline, and the what-ifs then give what fresh sessions give.
 */
class MovedSessionDeadlineTest {

    private static final long DEADLINE_MS = 1000;
    private final PlanReader reader = new PlanReader();

    @TempDir
    Path tmp;

    @Test
    void aSessionLoopingInsideTheEngineIsStoppedAtItsDeadlineAndRefusesFurtherUse() {
        assertStoppedAtTheLastPlan(LoopingRules.compile(LoopingRules.adopterMoney(tmp)));
    }

    /**
     * Found while cutting the plans down: the loop is in gap.activity-size and its two companions, not in the edit,
     * and only where rules share join nodes (Drools' default); as compiled for service the same plans settle.
     */
    @Test
    void theShippedRulesLoopOnTheSamePlansOnlyWhereRulesShareJoinNodes() {
        assertStoppedAtTheLastPlan(LoopingRules.compile(Path.of("rules")));
        Ruleset shipped = LeanOutcomeTest.rules();
        Evaluator evaluator = new Evaluator(DEADLINE_MS);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            try (OutcomeSession session = evaluator.outcomeSession(shipped)) {
                for (ScalingPlan plan : LoopingRules.loopingPlans()) {
                    List<Object> facts = PlanFacts.of(plan, shipped.categories(), shipped.thresholds());
                    assertEquals(evaluator.outcome(facts, shipped), session.outcome(facts));
                }
            }
        });
    }

    private void assertStoppedAtTheLastPlan(Ruleset rules) {
        Evaluator evaluator = new Evaluator(DEADLINE_MS);
        List<List<Object>> facts = new ArrayList<>();
        for (ScalingPlan plan : LoopingRules.loopingPlans()) {
            facts.add(PlanFacts.of(plan, rules.categories(), rules.thresholds()));
        }
        List<Object> last = facts.get(facts.size() - 1);
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            try (OutcomeSession session = evaluator.outcomeSession(rules)) {
                for (List<Object> plan : facts.subList(0, facts.size() - 1)) {
                    assertEquals(evaluator.outcome(plan, rules), session.outcome(plan));
                }
                long start = System.nanoTime();
                assertThrows(EvaluationDeadlineException.class, () -> session.outcome(last));
                long took = (System.nanoTime() - start) / 1_000_000;
                assertTrue(took < DEADLINE_MS + 1000, "stopped after " + took + " ms");
                assertFalse(Thread.currentThread().isInterrupted(), "the stop leaves no interrupt behind");
                assertThrows(IllegalStateException.class, () -> session.outcome(facts.get(0)));
            }
        });
        evaluator.outcome(last, rules); // a fresh session settles
    }

    @Test
    void eachCallOfAKeptSessionHasTheWholeDeadline() throws Exception {
        Ruleset rules = LeanOutcomeTest.rules();
        Evaluator evaluator = new Evaluator(300);
        try (OutcomeSession session = evaluator.outcomeSession(rules)) {
            for (ScalingPlan plan : LoopingRules.loopingPlans().subList(0, 3)) {
                List<Object> facts = PlanFacts.of(plan, rules.categories(), rules.thresholds());
                assertEquals(evaluator.outcome(facts, rules), session.outcome(facts));
                Thread.sleep(400);
            }
        }
    }

    @Test
    void whatIfsWhoseMovedSessionLoopsAreEvaluatedAgainOnFreshSessions() throws Exception {
        Ruleset rules = LoopingRules.compile(LoopingRules.evidenceTrio(tmp));
        assertTrue(rules.incrementalSafe());
        Evaluator evaluator = new Evaluator(DEADLINE_MS);
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        ScalingPlan plan = reader.read("""
                {"title": "Evidence left open", "stage": "PILOT", "durationMonths": 24,
                 "activities": [{"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 12}]}"""
                .getBytes(StandardCharsets.UTF_8));
        WhatIfs.Result fresh = new WhatIfs(evaluator, fields, null, 1, WhatIfs.Strategy.EVERY_VARIANT).all(plan, rules);
        WhatIfs incremental = new WhatIfs(evaluator, fields, null, 1, WhatIfs.Strategy.INCREMENTAL);
        WhatIfs.Result first = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> incremental.all(plan, rules));
        assertEquals(fresh.base(), first.base());
        assertEquals(fresh.fields(), first.fields());
        assertFalse(rules.incrementalSafe(), "the rule set is remembered as not safe for moved sessions");
        WhatIfs.Result again = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> incremental.all(plan, rules));
        assertEquals(fresh.fields(), again.fields());
    }
}
