package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Let the adopter community mature into a service network or chain" (Albury, Mechanism 1, communities maturing into
 * service networks and chains; Mechanism 3, chains) fits a service that many organisations run. Those who buy a
 * product are its customers, not a chain, and a plan that spreads by the growth of the organisation that sells the
 * innovation already has the form this asks it to consider (issue 18: advice fits the organisation that must act).
 * Seen on an insurer's e-coaching add-on sold by a company to twelve care groups (the twentieth tuning half).
 */
class AChainRunsServicesTest {

    private static final String PLAN = """
            {"title": "Self-management coaching", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Coaching", "nature": "INCREMENTAL", "evidence": "CONTROLLED", "form": "%s"},
             "scale": {"targetAdopters": 40, "currentAdopters": 30},
             "approach": {"routes": ["%s"]},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 90000, "sites": 40}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}]}""";

    private static boolean suggestsAChain(String form, String route) throws Exception {
        return PlanItems.of(PLAN.formatted(form, route)).contains("rec.mech-1.4.service-network");
    }

    @Test
    void aServiceManyOrganisationsRunIsAskedToConsiderAChain() throws Exception {
        assertTrue(suggestsAChain("SERVICE", "TRANSFER"));
    }

    @Test
    void aProductIsSoldToCustomersNotRunAsAChain() throws Exception {
        assertFalse(suggestsAChain("PRODUCT", "TRANSFER"));
    }

    @Test
    void growthOfTheSellerIsAlreadyTheForm() throws Exception {
        assertFalse(suggestsAChain("SERVICE", "MARKET_GROWTH"));
    }
}
