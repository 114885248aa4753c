package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence gathered where an imported innovation began is not yet evidence that it works here: innovations need
 * adapting to local context while keeping their core (Albury, Myth 3; SCIE-I02, maintaining effectiveness while
 * adapting). An imported innovation's controlled evidence is praised only where the plan compares outcomes here;
 * otherwise the plan is advised to test it. The twenty-fourth sealed review: an officer-run version of Japan's
 * volunteer-run salons, evaluated before and after only, was told "your evidence is strong: use it to build demand".
 */
class BorrowedEvidenceIsTestedHereTest {

    private static final String PLAN = """
            {"title": "Community salons", "stage": "PILOT", "durationMonths": 24,
             "innovation": {"evidence": "CONTROLLED", "evidenceShows": "BENEFIT", "origin": "%s", "localAdaptationAllowed": true},
             "learning": {"evaluationPlanned": true, "evaluationCompares": %s},
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 20, "budget": 90000},
               {"type": "EVALUATION", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 23, "budget": 40000}]}""";

    @Test
    void borrowedEvidenceIsNotPraisedButTestedHere() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("IMPORTED", false));
        assertFalse(ids.contains("strength.dvf.desirable"), ids::toString);
        assertTrue(ids.contains("rec.scie-i02.imported-evidence"), ids::toString);
    }

    @Test
    void anEvaluationThatComparesHereEarnsThePraise() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("IMPORTED", true));
        assertTrue(ids.contains("strength.dvf.desirable"), ids::toString);
        assertFalse(ids.contains("rec.scie-i02.imported-evidence"), ids::toString);
    }

    @Test
    void homeGrownEvidenceIsPraisedAsBefore() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("HOME_GROWN", false));
        assertTrue(ids.contains("strength.dvf.desirable"), ids::toString);
        assertFalse(ids.contains("rec.scie-i02.imported-evidence"), ids::toString);
    }
}
