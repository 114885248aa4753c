package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Value for money not yet shown weighs what value for money not said weighs, and a way to pay the plan shows counts for
 * both: otherwise a planner learns to leave an honest "not yet" out. The twenty-fifth tuning review: a plan saying
 * valueForMoneyShown false, with commissioning work under way, was told "Make the value-for-money case" first at MEDIUM
 * 40; with the field left out it was asked at LOW 15, the way to pay counted.
 */
class AnHonestNoWeighsAsSilenceTest {

    private static final String PLAN = """
            {"title": "Mart days", "stage": "PILOT", "durationMonths": 24,
             "innovation": {"name": "Link workers at marts" %s},
             "activities": [
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 23, "budget": 18000},
               {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 9, "endMonth": 20, "budget": 3000}]}""";

    private static int viabilityScore(String innovationFields) throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(innovationFields));
        return evaluation.advice().stream().filter(i -> i.ruleId().equals("gap.dvf.viable") || i.ruleId().equals("rec.dvf.viable"))
                .mapToInt(i -> i.priority().score()).max().orElseThrow(() -> new AssertionError(PlanItems.ids(evaluation).toString()));
    }

    @Test
    void notShownWeighsAsNotSaid() throws Exception {
        assertEquals(viabilityScore(""), viabilityScore(", \"valueForMoneyShown\": false"));
    }
}
