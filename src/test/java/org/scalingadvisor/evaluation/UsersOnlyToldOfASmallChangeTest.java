package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Albury, Myth 5: even where professional networks are strong and the evidence robust, the rate of diffusion depends on
 * user networks. People who use services consulted about a small incremental change is advised on (co-production);
 * people only handed a leaflet, or given no part at all, is the myth whatever the size of the change. The twenty-sixth
 * tuning half: a veterans' fast-track hearing pathway, spread by audiologists through a facilitated network, gave
 * veterans a leaflet and no part in design, and no myth was diagnosed.
 */
class UsersOnlyToldOfASmallChangeTest {

    private static final String PLAN = """
            {"title": "Fast-track hearing pathway", "planType": "INNOVATION", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Pathway", "nature": "INCREMENTAL", "changesProfessionalRoles": false},
             "approach": {"routes": ["NETWORK"], "userInvolvement": "%s"},
             "stakeholders": [{"group": "CLINICIANS", "role": "LEADING", "network": "STRONG"},
                              {"group": "SERVICE_USERS", "role": "%s"}],
             "activities": [
               {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 24, "budget": 12000},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 24, "budget": 30000},
               {"type": "PUBLICATION", "audiences": ["SERVICE_USERS"], "startMonth": 3, "endMonth": 4, "budget": 1500}]}""";

    @Test
    void usersOnlyToldShowMythFive() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("NONE", "INFORMED"));
        assertTrue(ids.contains("myth-5.diagnosis"), ids::toString);
    }

    @Test
    void citizensConsultedBesideUsersOnlyToldStillShowMythFive() throws Exception {
        String plan = PLAN.formatted("CONSULTED", "INFORMED").replace("\"role\": \"INFORMED\"}]",
                "\"role\": \"INFORMED\"}, {\"group\": \"CITIZENS\", \"role\": \"CONSULTED\"}]");
        List<String> ids = PlanItems.of(plan);
        assertTrue(plan.contains("CITIZENS"), plan);
        assertTrue(ids.contains("myth-5.diagnosis"), ids::toString);
    }

    @Test
    void usersConsultedAboutASmallChangeAreAdvisedOn() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("CONSULTED", "CONSULTED"));
        assertFalse(ids.contains("myth-5.diagnosis"), ids::toString);
        assertTrue(ids.contains("rec.scie-i08.co-production"), ids::toString);
    }
}
