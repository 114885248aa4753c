package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A strength rests on work the plan shows, not on a label it chose: a dedicated team is praised where spread work
 * of known size shows it at work; growth by the organisations that run it is not praised in a programme whose money
 * makes more innovations; a fund delivers the access to innovation support the plan claims (ATO-2018,
 * Recommendation 2; Albury, Myths 2 and 4, Mechanism 3).
 */
class StrengthsRestOnWorkTest {

    private static final String LED = """
            {"title": "Falls clinics across a region", "stage": "EARLY_SPREAD", "innovation": {"nature": "RADICAL"},
             "approach": {"routes": ["ORGANISATIONAL_GROWTH"]},
             "resources": {"scalingLead": "DEDICATED_TEAM"},
             "activities": [{"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 2}%s]}""";

    @Test
    void aDedicatedTeamOrAGrowthRouteIsPraisedOnlyWhereWorkOfKnownSizeShowsIt() throws Exception {
        List<String> labels = PlanItems.of(LED.formatted(""));
        assertFalse(labels.contains("strength.dedicated-scaling"), labels::toString);
        assertFalse(labels.contains("strength.growth-routes"), labels::toString);
        List<String> working = PlanItems.of(LED.formatted("""
                , {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 6, "startMonth": 0, "endMonth": 24}"""));
        assertTrue(working.contains("strength.dedicated-scaling"), working::toString);
        assertTrue(working.contains("strength.growth-routes"), working::toString);
    }

    @Test
    void growthIsNotPraisedWhereTheMoneyMakesMoreInnovations() throws Exception {
        String plan = """
                {"title": "Small business research contracts", "stage": "SCALING", "innovation": {"nature": "RADICAL"},
                 "approach": {"routes": ["MARKET_GROWTH"], "newInnovationsSought": 40},
                 "enablers": {"innovationSupportAccess": true},
                 "activities": [
                   {"type": "INNOVATION_CALL", "audiences": ["INNOVATORS"], "budget": 8000000, "startMonth": 0, "endMonth": 36},
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 100000, "sites": 4, "startMonth": 6, "endMonth": 36}]}""";
        List<String> ids = PlanItems.of(plan);
        assertFalse(ids.contains("strength.growth-routes"), ids::toString);
        assertFalse(ids.contains("gap.claims-without-activity"), ids::toString);
    }
}
