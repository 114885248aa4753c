package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adverts and posts reach people; they do not mobilise them to demand and carry an innovation (Albury, Myth 5: the
 * mobilisation of user networks; Mechanism 2). Social media grows a community of interest (Mechanism 1), and earns no
 * praise as users mobilised. The twenty-fifth tuning review: paid social-media adverts for 16-19s were praised as
 * "substantive work mobilises people who use services ... to demand and carry the innovation".
 */
class AdvertsDoNotMobiliseTest {

    private static final String PLAN = """
            {"title": "PrEP on campus", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING", "engagementRoute": true},
                              {"group": "CLINICIANS", "role": "INVOLVED"}],
             "activities": [
               {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 20, "budget": 60000},
               {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "startMonth": 0, "endMonth": 6, "budget": 8000},
               {"type": "%s", "audiences": ["SERVICE_USERS"], "startMonth": 2, "endMonth": 20, "budget": 20000}]}""";

    @Test
    void advertsAreNoMobilisation() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("SOCIAL_MEDIA"));
        assertFalse(ids.contains("strength.citizens-mobilised"), ids::toString);
    }

    @Test
    void mobilisingUsersNetworksIs() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("USER_NETWORK_MOBILISATION"));
        assertTrue(ids.contains("strength.citizens-mobilised"), ids::toString);
    }
}
