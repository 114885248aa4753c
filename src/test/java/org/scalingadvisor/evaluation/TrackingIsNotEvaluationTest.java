package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counting sites shows how far an innovation has spread, not whether it works there (SCIE-I03, evaluation and
 * reflective learning). A spreading plan whose only learning is progress tracking, silent on evaluating outcomes, is
 * asked how it will; one that lists an evaluation is not. Two real programmes of the seventeenth tuning half (a
 * national capital fund, a city's stroke reconfiguration) were asked nothing about learning, because tracking alone
 * silenced the question.
 */
class TrackingIsNotEvaluationTest {

    private static String plan(String learningActivity) {
        return """
                {"title": "Hyperacute units across the city", "stage": "SCALING", "durationMonths": 24,
                 "activities": [
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "sites": 8, "startMonth": 0, "endMonth": 24},
                   %s]}""".formatted(learningActivity);
    }

    @Test
    void trackingAloneIsAskedAboutOutcomes() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan(
                "{\"type\": \"PROGRESS_TRACKING\", \"audiences\": [\"POLICY_MAKERS\"], \"startMonth\": 0, \"endMonth\": 24}"));
        assertTrue(evaluation.advice().stream().anyMatch(i -> i.kind().equals("GAP") && i.refs().contains("SCIE-I03")),
                PlanItems.ids(evaluation).toString());
    }

    @Test
    void anEvaluationIsNotAskedFor() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan(
                "{\"type\": \"EVALUATION\", \"audiences\": [\"POLICY_MAKERS\"], \"startMonth\": 0, \"endMonth\": 24}"));
        assertFalse(PlanItems.ids(evaluation).contains("gap.learning.outcomes"), PlanItems.ids(evaluation).toString());
    }
}
