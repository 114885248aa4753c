package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where Myth 5 is diagnosed on a plan silent about the part of the people who use services, its answer includes
 * co-producing the innovation with them (SCIE-2020, engagement and co-production), not only alliances so that demand
 * comes from both sides; the question how they are involved still stands. The twenty-fourth sealed review: a
 * design-stage plan to ask about domestic abuse at the door, silent on survivors, was told only to build alliances.
 */
class SilentOnUsersIsAnsweredWithCoProductionTest {

    private static final String PLAN = """
            {"title": "Asking at the door", "stage": "DESIGN", "durationMonths": 18,
             "innovation": {"nature": "RADICAL", "changesProfessionalRoles": true},
             "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "CO_PRODUCING"}, {"group": "MANAGERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 2, "endMonth": 10, "budget": 30000},
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 3, "endMonth": 17, "budget": 40000}]}""";

    @Test
    void theAnswerToMythFiveIncludesCoProduction() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN);
        assertTrue(ids.contains("myth-5.diagnosis"), ids::toString);
        assertTrue(ids.contains("rec.scie-i08.co-production"), ids::toString);
        assertTrue(ids.contains("gap.user-involvement"), ids::toString);
    }
}
