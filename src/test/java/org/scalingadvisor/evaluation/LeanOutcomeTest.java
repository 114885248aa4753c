package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.SamplePlans;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lean outcome is the full evaluation's verdict, first actions and item ids, on every sample, case and calibration plan. */
class LeanOutcomeTest {

    @Test
    void theLeanOutcomeIsTheFullEvaluationsSummaryAndItems() throws Exception {
        Ruleset rules = rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        int withActions = 0;
        for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
            ScalingPlan plan = reader.read(sample.bytes());
            Outcome full = Outcome.of(evaluator.evaluate(plan, rules, null));
            assertEquals(full, evaluator.outcome(plan, rules), sample.name());
            withActions += full.firstActions().isEmpty() ? 0 : 1;
        }
        assertTrue(withActions > 50, "plans with first actions: " + withActions);
    }

    static Ruleset rules() {
        return rules(Path.of("rules"));
    }

    static Ruleset rules(Path folder) {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(folder);
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        return outcome.ruleset();
    }
}
