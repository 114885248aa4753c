package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisations that take an innovation up in a pilot are adopters too, and need time, space and resources to put
 * it in place (ATO-2018, Recommendation 1): a pilot that does not say whether they get them is asked, as a plan that
 * spreads is (the twenty-fourth set's tuning half: a complaint-handling standard piloted with 70 early-adopter
 * organisations, whose writer asks about their capacity, was not asked). Before any pilot there are no adopters to ask about.
 */
class PilotSitesAreAdoptersTooTest {

    private static final String PLAN = """
            {"title": "Complaint standards with early adopters", "stage": "%s", "durationMonths": 24,
             "innovation": {"name": "Complaint standards", "nature": "INCREMENTAL", "form": "PRACTICE"},
             "scale": {"targetAdopters": 70},
             "approach": {"routes": ["TRANSFER"]},
             "activities": [
               {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 80000},
               {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 2, "budget": 10000}]}""";

    @Test
    void aPilotIsAskedWhetherItsAdoptersGetTimeAndResources() throws Exception {
        assertTrue(PlanItems.of(PLAN.formatted("PILOT")).contains("gap.adopter-capacity"));
        assertTrue(PlanItems.of(PLAN.formatted("SCALING")).contains("gap.adopter-capacity"));
        assertFalse(PlanItems.of(PLAN.formatted("DESIGN")).contains("gap.adopter-capacity"));
    }
}
