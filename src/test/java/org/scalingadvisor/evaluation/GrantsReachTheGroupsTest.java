package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money handed to the adopters themselves is support (ATO-R1: money, time, expertise; issue 18: funding adopters is
 * support). Grants that reach the places a plan aims at reach them, whatever unit its other work is counted in: never
 * "support does not reach them". Where they are little for each place they reach them thinly, and are called that. The
 * twenty-fourth sealed review: grants to all 480 women's groups, coaching counted by its 4 districts, and the plan was
 * told its support does not reach the places it aims at.
 */
class GrantsReachTheGroupsTest {

    private static final String PLAN = """
            {"title": "Women's groups", "stage": "SCALING", "durationMonths": 36,
             "scale": {"targetAdopters": 480, "currentAdopters": 120},
             "activities": [
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 3, "endMonth": 35, "budget": 72000, "sites": 4},
               {"type": "COMMUNITY_GRANTS", "audiences": ["USER_NETWORKS", "CITIZENS"], "startMonth": 6, "endMonth": 30,
                "budget": %d, "sites": 480}]}""";

    @Test
    void smallGrantsToEveryGroupReachThemThinly() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(48000));
        assertFalse(ids.contains("rec.ato-r1.support-reach"), ids::toString);
        assertTrue(ids.contains("rec.ato-r1.support-thin"), ids::toString);
    }

    @Test
    void grantsOfWeightToEveryGroupReachThem() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(960000));
        assertFalse(ids.contains("rec.ato-r1.support-reach"), ids::toString);
        assertFalse(ids.contains("rec.ato-r1.support-thin"), ids::toString);
    }
}
