package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Evidence that found no benefit, or harm, fails the first test of scalability (desirability, DVF-1): before any
 * other work to spread it, find out why. That advice leads the first actions, ahead of the answer to a myth the plan
 * also shows (the seventeenth sealed set's reviewer: a school programme whose controlled trial found no difference
 * was told first to build alliances with users' networks, and only second to find out why it did not work).
 */
class NoBenefitComesFirstTest {

    private static String plan(String found) {
        return """
                {"title": "Mindfulness lessons in secondary schools", "stage": "SCALING", "durationMonths": 36,
                 "innovation": {"name": "Mindfulness curriculum", "nature": "INCREMENTAL", "evidence": "CONTROLLED",
                                "evidenceShows": "%s", "corePrinciplesCodified": true, "localAdaptationAllowed": true},
                 "approach": {"routes": ["TRANSFER", "NETWORK"]},
                 "resources": {"scalingLead": "DEDICATED_ORGANISATION", "leadOrganisation": "CHARITY", "fundingModel": "ADOPTER_PAID"},
                 "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INVOLVED"}, {"group": "SERVICE_USERS", "role": "INFORMED"}],
                 "activities": [
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 300000},
                   {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 60000}]}"""
                .formatted(found);
    }

    @Test
    void findingOutWhyLeadsTheFirstActions() throws Exception {
        for (String found : new String[] {"NO_DIFFERENCE", "HARM"}) {
            Evaluation evaluation = PlanItems.evaluation(plan(found));
            assertEquals("rec.dvf.no-benefit", evaluation.summary().firstActions().get(0),
                    found + ": " + evaluation.summary().firstActions() + " " + PlanItems.ids(evaluation));
        }
    }
}
