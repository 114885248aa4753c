package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Albury's Myth 5 is about who carries spread. A plan that keeps a service going where it runs, with no new places to
 * reach, spreads nothing (finding.spread.none): as for Myths 1 to 3, the myth does not apply, and one report must not
 * say both "this keeps the service going" and "spread speeds up when users' networks are mobilised" (the twenty-sixth
 * sealed review: a salaried community health worker programme kept going). Given places to reach, it applies again.
 */
class NoSpreadNoMythOfWhoCarriesItTest {

    private static final String PLAN = """
            {"title": "Keeping the community health workers paid", "planType": "INNOVATION", "stage": "SUSTAINING",
             "durationMonths": 36%s,
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}],
             "activities": [{"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 9000000, "startMonth": 0, "endMonth": 36}]}""";

    @Test
    void keepingItGoingIsNoSpreadForMythFive() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(""));
        assertTrue(ids.contains("gap.spread-none-assumed"), ids::toString);
        assertFalse(ids.contains("myth-5.diagnosis"), ids::toString);
    }

    @Test
    void withPlacesToReachItApplies() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(", \"scale\": {\"targetAdopters\": 40, \"currentAdopters\": 10}"));
        assertTrue(ids.contains("myth-5.diagnosis"), ids::toString);
    }
}
