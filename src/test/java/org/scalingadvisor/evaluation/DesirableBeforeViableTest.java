package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Albury's tests of scalability come in order: desirable, then feasible and viable. Where the evidence found no benefit,
 * the advice to make the value-for-money case waits with the rest of the advice that speeds spread; the money for spread
 * (a funding cliff) keeps its rank (the twenty-second tuning review: "make the value-for-money case" stood undamped
 * beside "find out why there was no benefit").
 */
class DesirableBeforeViableTest {

    private static final String PLAN = """
            {"title": "A trauma-informed prison wing", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Trauma-informed wing regime", "evidence": "CONTROLLED", "evidenceShows": "%s",
                            "valueForMoneyShown": false},
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 140000, "sites": 6},
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 90000, "sites": 6}]}""";

    private static boolean waits(String found) throws Exception {
        return PlanItems.item(PlanItems.evaluation(PLAN.formatted(found)), "rec.dvf.viable").priority().contributions().stream()
                .anyMatch(c -> c.ruleId().equals("priority.evidence.no-benefit-waits"));
    }

    @Test
    void theValueCaseWaitsOnEvidenceOfNoBenefit() throws Exception {
        assertTrue(waits("NO_DIFFERENCE"));
        assertTrue(!waits("BENEFIT"));
    }
}
