package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once an innovation spreads, a planned evaluation is not evidence that it works now (Albury's desirable test; SCIE-2020,
 * I01): a plan that is scaling and names no evidence is asked what evidence there is, evaluation or not. Before it
 * spreads, the evaluation is how the evidence will be found, and the plan is not asked (the twenty-second tuning review:
 * a national scaling plan with a CMS evaluation was never asked what its care model rests on, and adding an evaluation to
 * another plan removed the question).
 */
class AnEvaluationIsNotEvidenceYetTest {

    private static final String PLAN = """
            {"title": "A dementia care model", "stage": "%s", "durationMonths": 48,
             "innovation": {"name": "Dementia care management"},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12, "budget": 400000, "sites": 40},
               {"type": "EVALUATION", "audiences": ["POLICY_MAKERS"], "startMonth": 0, "endMonth": 48, "budget": 900000}]}""";

    @Test
    void aScalingPlanWithAnEvaluationIsStillAskedWhatEvidenceThereIs() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("SCALING"));
        assertTrue(ids.contains("gap.dvf.evidence"), ids::toString);
    }

    @Test
    void aPilotWhoseEvaluationWillFindTheEvidenceIsNotAsked() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("PILOT"));
        assertFalse(ids.contains("gap.dvf.evidence"), ids::toString);
    }
}
