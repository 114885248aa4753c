package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where citizen groups are the adopters, a network among them is organic growth through nested communities (Albury,
 * Mechanism 1), not copying alone: Myth 2 is not diagnosed, and no chain or spin-out is suggested to a user-led
 * organisation (the eighteenth sealed set's reviewer, on a disabled people's organisation's network of facilitators).
 */
class CitizenNetworksAreARouteTest {

    private static final String PLAN = """
            {"title": "Peer-led work circles in twelve towns", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Peer-led work circles", "nature": "RADICAL", "changesPowerRelationships": true},
             "approach": {"routes": ["TRANSFER"], "userInvolvement": "CO_DESIGNING"},
             "stakeholders": [{"group": "USER_NETWORKS", "role": "LEADING"}, {"group": "SERVICE_USERS", "role": "CO_PRODUCING"}],
             "activities": [
               {"type": "COMMUNITY_GRANTS", "audiences": ["USER_NETWORKS"], "budget": 72000, "sites": 12, "startMonth": 0, "endMonth": 24},
               {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "budget": 15000, "startMonth": 0, "endMonth": 6}%s]}""";

    @Test
    void aNetworkAmongCitizenAdoptersIsARouteOfItsOwn() throws Exception {
        List<String> copying = PlanItems.of(PLAN.formatted(""));
        assertTrue(copying.contains("myth-2.diagnosis"), copying::toString);
        List<String> networked = PlanItems.of(PLAN.formatted("""
                , {"type": "ADOPTER_NETWORK", "audiences": ["USER_NETWORKS"], "budget": 30000, "startMonth": 0, "endMonth": 24}"""));
        assertFalse(networked.contains("myth-2.diagnosis"), networked::toString);
        assertFalse(networked.contains("rec.myth-2.growth-routes"), networked::toString);
    }
}
