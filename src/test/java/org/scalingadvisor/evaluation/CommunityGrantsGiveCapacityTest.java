package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grants to the community groups that take an innovation up give them the resources to adopt it (ATO-R1: time,
 * space and resources): they deliver the plan's claim that adopters have the capacity, as money to adopting
 * organisations does. Seen on volunteer repair cafés, told "adopter capacity: yes, but nothing in the plan does it
 * yet" beside start-up grants to every group (issue 18, the nineteenth tuning review).
 */
class CommunityGrantsGiveCapacityTest {

    private static String plan(String grants) {
        return """
                {"title": "Repair cafes that take referrals", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Repair cafe referrals", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "enablers": {"adopterCapacity": true},
                 "scale": {"targetAdopters": 14},
                 "activities": [%s
                   {"type": "PEER_SUPPORT", "audiences": ["CITIZENS"], "startMonth": 0, "endMonth": 24, "budget": 6000},
                   {"type": "PROGRESS_TRACKING", "audiences": ["CITIZENS"], "startMonth": 0, "endMonth": 24, "budget": 2000}],
                 "stakeholders": [{"group": "CITIZENS", "role": "LEADING"}, {"group": "SERVICE_USERS", "role": "CO_PRODUCING"}]}"""
                .formatted(grants);
    }

    private static boolean capacityFlaggedAsClaimed(Evaluation evaluation) {
        return evaluation.advice().stream().filter(i -> i.ruleId().startsWith("gap.claims"))
                .anyMatch(i -> i.trace().evidence().contains("/enablers/adopterCapacity"));
    }

    @Test
    void grantsToTheGroupsDeliverTheirCapacity() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan(
                "{\"type\": \"COMMUNITY_GRANTS\", \"audiences\": [\"CITIZENS\"], \"startMonth\": 0, \"endMonth\": 12, \"budget\": 20000},"));
        assertFalse(capacityFlaggedAsClaimed(evaluation), PlanItems.ids(evaluation).toString());
    }

    @Test
    void withoutThemTheClaimIsAskedAbout() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan(""));
        assertTrue(capacityFlaggedAsClaimed(evaluation), PlanItems.ids(evaluation).toString());
    }
}
