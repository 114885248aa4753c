package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Users co-design" is delivered where a group of them the plan casts as co-producing is reached by substantive work
 * in which they shape the innovation (mobilising their networks, a review with them), not only by an activity typed
 * co-design. A draft of the seventeenth tuning half, whose women's groups co-produce and shape the materials for
 * three years, was asked "which activity has people who use services designing the innovation?". Work that only
 * tells them something still does not deliver it.
 */
class CoProducingGroupsAtWorkTest {

    private static String plan(String type) {
        return """
                {"title": "Safer first week in every district", "stage": "SCALING", "durationMonths": 36,
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 "stakeholders": [
                   {"group": "MANAGERS", "role": "LEADING", "engagementRoute": true},
                   {"group": "USER_NETWORKS", "role": "CO_PRODUCING", "engagementRoute": true}],
                 "activities": [
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "budget": 260000, "sites": 16, "startMonth": 0, "endMonth": 36},
                   {"type": "%s", "audiences": ["USER_NETWORKS", "SERVICE_USERS"], "budget": 110000, "startMonth": 0, "endMonth": 36,
                    "description": "Women's groups shape the counselling materials"}]}""".formatted(type);
    }

    @Test
    void aCoProducingGroupAtWorkDeliversCoDesign() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan("USER_NETWORK_MOBILISATION"));
        assertFalse(PlanItems.ids(evaluation).contains("gap.claims.users-co-design"), PlanItems.ids(evaluation).toString());
    }

    @Test
    void aGroupOnlyToldSomethingDoesNot() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan("NEWSLETTER"));
        assertTrue(PlanItems.ids(evaluation).contains("gap.claims.users-co-design"), PlanItems.ids(evaluation).toString());
    }
}
