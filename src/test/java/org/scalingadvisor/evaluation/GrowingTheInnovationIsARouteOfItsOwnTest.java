package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingadvisor.evaluation.PlanItems.ids;

/**
 * Albury, Myth 2: radical, systemic or disruptive innovations spread less by others copying them than by the
 * innovating organisation scaling up. A plan that franchises its model with its own support, or opens the service in
 * new places itself, with work of known size, does not rely on transfer alone; a route label with no such work, or
 * such work of unknown size, clears nothing.
 */
class GrowingTheInnovationIsARouteOfItsOwnTest {

    private static final String SELF_MANAGING_TEAMS = """
            {"title": "Self-managing home care teams", "stage": "SCALING", "durationMonths": 36,
             "innovation": {"nature": "RADICAL", "form": "SERVICE"},
             "approach": {"routes": ["TRANSFER", "CHAIN_OR_FRANCHISE"]},
             "activities": [
               {"type": "CASE_STUDY", "audiences": ["PROVIDERS", "COMMISSIONERS"], "budget": 10000, "startMonth": 0, "endMonth": 6},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 200000, "startMonth": 0, "endMonth": 36, "sites": 6}%s]}""";

    @Test
    void franchisingTheModelWithItsSupportIsNotRelyingOnTransfer() throws Exception {
        Evaluation labelOnly = PlanItems.evaluation(SELF_MANAGING_TEAMS.formatted(""));
        assertTrue(labelOnly.summary().myths().contains("MYTH-2"), ids(labelOnly)::toString);

        Evaluation franchised = PlanItems.evaluation(SELF_MANAGING_TEAMS.formatted("""
                , {"type": "FRANCHISING", "audiences": ["PROVIDERS"], "budget": 150000, "startMonth": 6, "endMonth": 36, "sites": 4}"""));
        assertFalse(franchised.summary().myths().contains("MYTH-2"), ids(franchised)::toString);

        Evaluation unsized = PlanItems.evaluation(SELF_MANAGING_TEAMS.formatted("""
                , {"type": "FRANCHISING", "audiences": ["PROVIDERS"], "startMonth": 6, "sites": 4}"""));
        assertTrue(unsized.summary().myths().contains("MYTH-2"), ids(unsized)::toString);
    }

    @Test
    void openingTheServiceInNewPlacesIsGrowthNotTransfer() throws Exception {
        Evaluation grown = PlanItems.evaluation(SELF_MANAGING_TEAMS.formatted("""
                , {"type": "SERVICE_EXPANSION", "budget": 400000, "startMonth": 0, "endMonth": 36, "sites": 3}"""));
        assertFalse(grown.summary().myths().contains("MYTH-2"), ids(grown)::toString);
    }
}
