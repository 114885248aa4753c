package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Say how spread is paid for" asks which model pays, commissioners among them, and stands in for the narrower question
 * on a commissioning route (gap.commissioning is not asked beside it): it cites SCIE's commissioning for sustainable
 * spread (SCIE-E08) as well as funding for spread, so the factor it asks about is traced. The twenty-fifth tuning half:
 * an international programme spreading fracture liaison services was asked how spread is paid for, citing no
 * commissioning, and the question on commissioning was folded into it unseen.
 */
class WhoPaysCitesCommissioningTest {

    private static final String PLAN = """
            {"title": "Fracture liaison", "stage": "EARLY_SPREAD", "durationMonths": 36,
             "activities": [
               {"type": "PEER_SUPPORT", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 30},
               {"type": "PUBLICATION", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 30}]}""";

    @Test
    void theQuestionOnPayingForSpreadCitesCommissioning() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        Evaluation.Item question = PlanItems.item(evaluation, "gap.funding");
        assertTrue(question.refs().contains("SCIE-E08"), question.refs()::toString);
        assertTrue(question.refs().contains("SCIE-E02"), question.refs()::toString);
    }
}
