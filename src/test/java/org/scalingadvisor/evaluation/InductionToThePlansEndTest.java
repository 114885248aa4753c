package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training that runs to a plan's last month trains new staff for as long as the plan runs, as training that runs on
 * does: under high turnover the plan is told to keep it going, not to build it. The twenty-fifth tuning review: adding
 * a 30-month induction course for new community health workers left "keep induction going (build it where the plan has
 * none)" word for word the same.
 */
class InductionToThePlansEndTest {

    private static final String PLAN = """
            {"title": "Misoprostol by community health workers", "stage": "EARLY_SPREAD", "durationMonths": 30,
             "resources": {"staffTurnover": "HIGH"},
             "activities": [
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 29, "budget": 60000},
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": %d, "budget": 30000}]}""";

    @Test
    void trainingToTheLastMonthIsKeptGoing() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(29));
        assertFalse(ids.contains("rec.scie-i12.turnover"), ids::toString);
        assertTrue(ids.contains("rec.scie-i12.turnover-keep-training"), ids::toString);
    }

    @Test
    void trainingThatStopsEarlyIsNot() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(5));
        assertTrue(ids.contains("rec.scie-i12.turnover"), ids::toString);
        assertFalse(ids.contains("rec.scie-i12.turnover-keep-training"), ids::toString);
    }

    @Test
    void trainingThatRunsOnCountsInAPlanGivingNoLength() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.replace("\"durationMonths\": 30,", "")
                .replace("\"endMonth\": %d", "\"ongoing\": true"));
        assertFalse(ids.contains("rec.scie-i12.turnover"), ids::toString);
        assertTrue(ids.contains("rec.scie-i12.turnover-keep-training"), ids::toString);
    }
}
