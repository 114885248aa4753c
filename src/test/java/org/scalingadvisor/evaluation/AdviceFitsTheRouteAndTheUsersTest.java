package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Advice fits who takes the innovation up (the seventeenth tuning half's reviewer, on a service that one provider grows
 * itself, for GPs as its users): where the innovating organisation grows the service itself, there are no other
 * organisations to bring into a community of adopters; where the innovation's users are staff, an alliance "of people
 * who use services, carers and citizens" is not its answer unless Myth 5 is diagnosed.
 */
class AdviceFitsTheRouteAndTheUsersTest {

    private static List<String> ids(String routes, boolean usersAreStaff) throws Exception {
        return PlanItems.of("""
                {"title": "Confidential service for GPs in every region", "stage": "SCALING", "durationMonths": 24,
                 "approach": {"routes": %s, "userInvolvement": "CONSULTED"},
                 "innovation": {"nature": "INCREMENTAL", "usersAreStaff": %s},
                 "movement": {"alliances": false},
                 "stakeholders": [{"group": "CLINICIANS", "role": "INVOLVED", "engagementRoute": true},
                                  {"group": "PROVIDERS", "role": "LEADING"}],
                 "activities": [
                   {"type": "WORKFORCE_REDESIGN", "audiences": ["PROVIDERS"], "budget": 400000, "sites": 13, "startMonth": 0, "endMonth": 24}]}"""
                .formatted(routes, usersAreStaff));
    }

    @Test
    void aServiceTheInnovatorGrowsItselfIsNotToldToBringAdoptersTogether() throws Exception {
        assertFalse(ids("[\"ORGANISATIONAL_GROWTH\"]", true).contains("rec.mech-1.1.bring-adopters-together"));
        assertTrue(ids("[\"ORGANISATIONAL_GROWTH\", \"TRANSFER\"]", true).contains("rec.mech-1.1.bring-adopters-together"));
    }

    @Test
    void anInnovationForStaffIsNotToldToAllyWithServiceUsersNetworks() throws Exception {
        assertFalse(ids("[\"ORGANISATIONAL_GROWTH\"]", true).contains("rec.myth-5.alliances"));
        assertTrue(ids("[\"ORGANISATIONAL_GROWTH\"]", false).contains("rec.myth-5.alliances"));
    }
}
