package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support counts by what it can do for each adopting team. A community of practice for 38 practices on GBP 1,500 a
 * year is about GBP 40 a practice: it reaches no team, so it is a token and cannot clear Myth 1, however its months
 * are given (activity.token.support.per-organisation). Seen on the frailty draft of the eighteenth sealed set, where
 * doing as the first action asked (giving the one-line community a budget and months) cleared Myth 1 for a plan that
 * still spreads by a webinar, a newsletter, a web page and a target (issue 18, the eighteenth sealed review).
 */
class ThinlySpreadSupportIsATokenTest {

    private static String plan(int communityBudget) {
        return """
                {"title": "Frailty reviews in every practice", "stage": "SCALING", "durationMonths": 12,
                 "innovation": {"name": "Structured frailty review", "nature": "RADICAL", "changesProfessionalRoles": true,
                                "evidence": "BEFORE_AFTER"},
                 "scale": {"targetAdopters": 38},
                 "resources": {"fundingForSpreadSecured": true, "fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 12},
                 "activities": [
                   {"type": "WEBINAR", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 0, "budget": 500},
                   {"type": "NEWSLETTER", "audiences": ["CLINICIANS"], "startMonth": 1, "endMonth": 12, "budget": 1200},
                   {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12},
                   {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS"], "startMonth": 2, "endMonth": 12, "budget": %d}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(communityBudget);
    }

    @Test
    void aCommunityOnAFewPoundsAPracticeLeavesMythOne() throws Exception {
        List<String> ids = PlanItems.of(plan(1500));
        assertTrue(ids.contains("myth-1.diagnosis"), ids.toString());
    }

    @Test
    void aCommunityThatCanReachEachPracticeAnswersIt() throws Exception {
        List<String> ids = PlanItems.of(plan(40000));
        assertFalse(ids.contains("myth-1.diagnosis"), ids.toString());
    }
}
