package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A voluntary-sector organisation that co-produces the work in place of the people it serves neither answers Myth 5
 * nor, on its own, makes it worse: the myth is as serious as it was with users only consulted, and the sign says who
 * is who (Albury, Myth 5; issue 18, "users are people"). A provider leading the service it delivers is a deliverer, not
 * in users' place.
 */
class OrganisationsAreNotUsersTest {

    private static final String CONSULTED = """
            {"title": "Food pantry with advice on site", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"nature": "RADICAL"},
             "approach": {"userInvolvement": "CONSULTED"},
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CONSULTED"}%s],
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 80000, "sites": 6, "startMonth": 0, "endMonth": 24},
               {"type": "PEER_SUPPORT", "audiences": ["FRONTLINE_STAFF"], "budget": 30000, "startMonth": 2, "endMonth": 24}]}""";

    @Test
    void aCharityCoProducingInUsersPlaceKeepsMythFiveAsItWasWithoutMakingItCritical() throws Exception {
        Evaluation alone = PlanItems.evaluation(CONSULTED.formatted(""));
        Evaluation withCharity = PlanItems.evaluation(CONSULTED.formatted(
                ", {\"group\": \"VOLUNTARY_SECTOR\", \"role\": \"CO_PRODUCING\", \"network\": \"STRONG\"}"));
        Evaluation.Item before = PlanItems.item(alone, "myth-5.diagnosis");
        Evaluation.Item after = PlanItems.item(withCharity, "myth-5.diagnosis");
        assertTrue(after.signs().stream().anyMatch(s -> s.id().equals("sign.myth-5.organisations-for-users")), after.signs()::toString);
        assertEquals(before.priority().band(), after.priority().band(), () -> before.priority() + " then " + after.priority());
        assertEquals(alone.summary().verdict(), withCharity.summary().verdict());
    }

    @Test
    void aProviderLeadingTheServiceItDeliversIsADelivererNotInUsersPlace() throws Exception {
        // Providers deliver and adopt; leading the service they run takes nothing from users' networks. The sign names
        // organisations that speak for users (the voluntary sector) co-producing or leading in their place.
        Evaluation providerLeads = PlanItems.evaluation(CONSULTED.formatted(", {\"group\": \"PROVIDERS\", \"role\": \"LEADING\"}"));
        Evaluation.Item myth = PlanItems.item(providerLeads, "myth-5.diagnosis");
        assertTrue(myth.signs().stream().noneMatch(s -> s.id().equals("sign.myth-5.organisations-for-users")), myth.signs()::toString);
    }
}
