package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that sustains an innovation where it has already spread is not "already spreading, so a mistaken strategy is
 * costing effort and money now": the spreading is done (the twenty-second tuning review: a ban in force in every prison
 * had its Myth 5 raised for "already spreading"). The ban is in all 120 prisons it aims at: kept going, with places it
 * has reached (a plan naming none would be one that spreads nothing, where Myth 5 does not apply at all).
 */
class SustainingIsNotSpreadingTest {

    private static final String PLAN = """
            {"title": "Smoke-free prisons", "stage": "%s", "durationMonths": 24,
             "scale": {"targetAdopters": 120, "currentAdopters": 120},
             "innovation": {"name": "Smoke-free prison estate", "nature": "RADICAL", "changesPowerRelationships": true},
             "activities": [
               {"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24},
               {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 24, "budget": 100000}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}, {"group": "POLICY_MAKERS", "role": "LEADING"}]}""";

    private static boolean raisedForSpreading(String stage) throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(stage));
        return evaluation.advice().stream().filter(i -> i.kind().equals("DIAGNOSIS")).findFirst().orElseThrow()
                .priority().contributions().stream().anyMatch(c -> c.ruleId().equals("priority.stage.spreading"));
    }

    @Test
    void aSustainedInnovationIsNotScoredAsSpreading() throws Exception {
        assertFalse(raisedForSpreading("SUSTAINING"));
        assertTrue(raisedForSpreading("SCALING"));
    }
}
