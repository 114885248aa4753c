package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who pays once the money ends is one of the plan's worst problems, not a field it left blank: where no myth or
 * serious concern leads, that question comes before the recommendation picked to give the plan something to do
 * (Albury's viability test, DVF-3; the fifteenth sealed set's reviewer: "who pays" put behind a community of practice
 * with the money ending in month 15).
 */
class FirstActionsFollowTheRankingTest {

    @Test
    void whoPaysOnceTheMoneyEndsLeadsTheFirstActions() throws Exception {
        String plan = """
                {"title": "Link workers in deprived practices", "stage": "SCALING", "durationMonths": 15,
                 "innovation": {"nature": "INCREMENTAL", "evidence": "CONTROLLED"},
                 "approach": {"routes": ["ORGANISATIONAL_GROWTH"], "spreadPlanningStarts": "AT_OUTSET",
                              "adopterInvolvement": "CO_DESIGNING", "userInvolvement": "CONSULTED"},
                 "resources": {"fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 15, "scalingLead": "DEDICATED_TEAM"},
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CONSULTED", "engagementRoute": true}],
                 "activities": [
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 400000, "sites": 7, "startMonth": 0, "endMonth": 15},
                   {"type": "CO_DESIGN", "audiences": ["CLINICIANS", "SERVICE_USERS"], "budget": 20000, "startMonth": 0, "endMonth": 6}]}""";
        Evaluation e = PlanItems.evaluation(plan);
        List<String> first = e.summary().firstActions();
        assertEquals("gap.funding-after", first.get(0), first::toString);
        assertEquals(2, first.size(), first::toString);
    }
}
