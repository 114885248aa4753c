package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the plan's evidence found no benefit, the advice says to find out why before spreading further, and nothing
 * praises the work of spreading it ("adopters are funded: keep it flowing", "keep the support funded for as long as new
 * sites take it up"). The seventeenth sealed set's reviewer
 * found that praise on a programme whose controlled trial showed no difference.
 */
class NoPraiseForSpreadingWhatDoesNotWorkTest {

    private static List<String> ids(String found) throws Exception {
        return PlanItems.of("""
                {"title": "Mindfulness lessons in every secondary school", "stage": "SCALING", "durationMonths": 24,
                 "innovation": {"evidence": "CONTROLLED", "evidenceShows": "%s"},
                 "resources": {"scalingLead": "DEDICATED_TEAM", "fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 24},
                 "activities": [
                   {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 900000, "sites": 80, "startMonth": 0, "endMonth": 24},
                   {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "budget": 300000, "sites": 80, "startMonth": 0, "endMonth": 24}]}"""
                .formatted(found));
    }

    @Test
    void noDifferenceFoundMeansNoPraiseForTheMachineryOfSpread() throws Exception {
        List<String> benefit = ids("BENEFIT");
        assertTrue(benefit.contains("strength.spread.supported") && benefit.contains("strength.dedicated-scaling"), benefit.toString());
        List<String> none = ids("NO_DIFFERENCE");
        assertTrue(none.contains("rec.dvf.no-benefit"), none.toString());
        assertFalse(none.stream().anyMatch(id -> id.equals("strength.adopters-funded") || id.equals("strength.dedicated-scaling")
                || id.equals("strength.spread.supported")), none.toString());
    }
}
