package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions come from Drools' pool and are reset for the next evaluation. A session that kept
 * anything of the plan before would change the advice of the next, so every sample plan, evaluated
 * again and again in turn with the others, must get the advice it got from a session no plan had
 * used.
 */
class PooledSessionsTest {

    @Test
    void aReusedSessionGivesTheSameAdviceAsAFreshOne() throws Exception {
        PlanReader reader = new PlanReader();
        List<ScalingPlan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                plans.add(reader.read(Files.readAllBytes(file)));
            }
        }
        assertTrue(plans.size() >= 5, "the sample plans are missing");
        Ruleset shared = compile();
        List<String> first = new ArrayList<>();
        // While observed, every session is a new one, not from the pool: a session no plan had used.
        shared.observed(new DefaultAgendaEventListener(), () -> plans.forEach(plan -> first.add(advice(plan, shared))));
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < plans.size(); i++) {
                assertEquals(first.get(i), advice(plans.get(i), shared), "plan " + i + ", round " + round);
            }
        }
    }

    private static String advice(ScalingPlan plan, Ruleset ruleset) {
        Evaluation evaluation = new Evaluator().evaluate(plan, ruleset, null);
        return evaluation.summary() + "\n" + evaluation.advice();
    }

    private static Ruleset compile() {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(Path.of("rules"));
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        return outcome.ruleset();
    }
}
