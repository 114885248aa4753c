package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Voluntary-sector organisations are organisations (issue 18: they can be adopters, partners or deliverers): co-design
 * run with them across several organisations is a facilitated community of practice (Albury, Mechanism 1), as it is
 * with providers or clinicians. Co-design with people who use services alone is their involvement, not a community
 * of practice among organisations. The twenty-fifth tuning half: a charity co-designing with the farming groups of
 * five marts was told to facilitate a community of practice across organisations.
 */
class VoluntaryOrganisationsCoDesignTogetherTest {

    private static final String PLAN = """
            {"title": "Mart days", "stage": "PILOT", "durationMonths": 24,
             "communities": {"practice": {"exists": true, "facilitated": true, "organisations": 5, "coDesignMethods": true}},
             "activities": [
               {"type": "CO_DESIGN", "audiences": [%s], "startMonth": 0, "endMonth": 8, "budget": 9000, "sites": 5},
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 6, "endMonth": 23, "budget": 18000}]}""";

    @Test
    void coDesignWithVoluntaryOrganisationsFacilitatesTheCommunity() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted("\"VOLUNTARY_SECTOR\", \"SERVICE_USERS\""));
        assertFalse(ids.contains("rec.mech-1.1.practice"), ids::toString);
    }

    @Test
    void coDesignWithUsersAloneIsNotACommunityOfOrganisations() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted("\"SERVICE_USERS\", \"CITIZENS\""));
        assertTrue(ids.contains("rec.mech-1.1.practice"), ids::toString);
    }
}
