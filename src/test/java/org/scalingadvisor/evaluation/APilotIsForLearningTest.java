package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pilot is where a plan learns whether the innovation works where it is tried (SCIE-2020: scaling is iterative and
 * needs reflective learning): a pilot that says nothing of how it will evaluate or review is asked that as a key
 * question, not below naming its routes. The twenty-fifth tuning review: a six-practice pilot meant to justify a
 * 228-practice roll-out had its missing evaluation at MEDIUM 35, below "say how the innovation will reach new places".
 */
class APilotIsForLearningTest {

    private static final String PLAN = """
            {"title": "Teledermatology", "stage": "%s", "durationMonths": 12,
             "scale": {"targetAdopters": 228, "currentAdopters": 6},
             "activities": [
               {"type": "PILOT", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 11, "sites": 6},
               {"type": "INFRASTRUCTURE", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 11, "sites": 6}]}""";

    private static String learningBand(String stage) throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(stage));
        return PlanItems.item(evaluation, "gap.learning").priority().band();
    }

    @Test
    void aPilotSilentOnLearningIsAskedAsAKeyQuestion() throws Exception {
        assertEquals("HIGH", learningBand("PILOT"));
    }

    @Test
    void laterTheQuestionStandsAsItWas() throws Exception {
        assertEquals("MEDIUM", learningBand("EARLY_SPREAD"));
    }
}
