package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never tell a plan to build what it already runs (issue 18: never contradict the plan). Albury, Mechanism 1: a
 * community of practice works through facilitation, several organisations and disciplined co-design methods. A plan
 * running a facilitated community across eight departments, without co-design methods, is told to give it methods, not
 * to "facilitate a community of practice across organisations" (the twenty-sixth tuning review).
 */
class ARunningCommunityIsToldWhatItLacksTest {

    private static final String PLAN = """
            {"title": "Audiology network", "planType": "INNOVATION", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "communities": {"practice": {"exists": true, "facilitated": %s, "organisations": 8, "coDesignMethods": false}},
             "stakeholders": [{"group": "CLINICIANS", "role": "LEADING"}],
             "activities": [{"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS", "MANAGERS"], "budget": 12000,
                             "startMonth": 0, "endMonth": 24, "sites": 8},
                            {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["MANAGERS"], "budget": 30000,
                             "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void aFacilitatedCommunityIsToldToUseMethods() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("true"));
        assertTrue(ids.contains("rec.mech-1.1.co-design-methods"), ids::toString);
        assertFalse(ids.contains("rec.mech-1.1.practice"), ids::toString);
    }

    @Test
    void anUnfacilitatedOneIsToldToFacilitate() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("false"));
        assertTrue(ids.contains("rec.mech-1.1.practice"), ids::toString);
        assertFalse(ids.contains("rec.mech-1.1.co-design-methods"), ids::toString);
    }
}
