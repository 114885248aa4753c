package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help that reaches every place the plan aims at, but is a token for each, is thin, not missing: the advice says so,
 * and never that the support does not reach them (the twenty-first tuning review: riders' training at all 160 savings
 * groups over 18 months, a token per group, drew "the plan aims at more adopting organisations than its support
 * reaches" as its first action).
 */
class ThinHelpIsNotMissingHelpTest {

    private static final String PLAN = """
            {"title": "Community transport to birth", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Riders on call", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
             "scale": {"targetAdopters": 160},
             "activities": [
               {"type": "COACHING", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 24, "budget": 90000, "sites": 10}%s]}""";

    private static final String THIN_TRAINING = """
            , {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 3, "endMonth": 20, "budget": 8000, "sites": 160}""";

    @Test
    void helpThatReachesEveryPlaceThinlyIsCalledThin() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(THIN_TRAINING));
        assertTrue(ids.contains("rec.ato-r1.support-thin"), ids.toString());
        assertFalse(ids.contains("rec.ato-r1.support-reach"), ids.toString());
    }

    @Test
    void withoutItTheSupportDoesNotReachThem() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(""));
        assertTrue(ids.contains("rec.ato-r1.support-reach"), ids.toString());
        assertFalse(ids.contains("rec.ato-r1.support-thin"), ids.toString());
    }
}
