package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that gives no budgets is judged by its months for what it lacks, but work of unknown size earns no praise
 * (issue 18: unknown is neither token nor substantive). The note that asks for budgets says so, rather than that the
 * advice "assumes each activity is large enough to count": the twenty-fourth sealed review found that sentence above
 * reports with no strengths at all, the opposite of what it says.
 */
class ABudgetlessPlanIsToldWhatWaitsTest {

    private static final String PLAN = """
            {"title": "Heart responders", "stage": "SCALING", "durationMonths": 36,
             "resources": {"scalingLead": "DEDICATED_ORGANISATION"},
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 30},
               {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "startMonth": 0, "endMonth": 30}]}""";

    @Test
    void theNoteSaysPraiseWaitsForBudgets() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        Evaluation.Item note = PlanItems.item(evaluation, "gap.activity-size-assumed");
        assertFalse(note.message().contains("large enough to count"), note::message);
        assertTrue(note.message().contains("strength"), note::message);
    }
}
