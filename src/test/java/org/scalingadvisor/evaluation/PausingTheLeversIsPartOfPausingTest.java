package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence that found no benefit comes first: find out why before spreading further (Albury, Myth 1, desirable). Payments
 * and targets that push organisations to deliver it keep their effort going into what does not yet work (ATO-2018,
 * Recommendation 3), so pausing them is part of pausing and is said with it, in the first item, not held back as spread
 * work that waits. Two reviewers (the twenty-sixth tuning and sealed halves): a referral target and a per-consultation
 * fee were folded at LOW 5 behind "find out why".
 */
class PausingTheLeversIsPartOfPausingTest {

    private static final String PLAN = """
            {"title": "Online therapy in every practice", "planType": "INNOVATION", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Online CBT course", "evidence": "CONTROLLED", "evidenceShows": "NO_DIFFERENCE"},
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["MANAGERS"], "budget": 30000, "startMonth": 1, "endMonth": 12}%s]}""";

    @Test
    void aTargetForWhatFoundNoBenefitIsPausedFirst() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(
                ", {\"type\": \"TARGET\", \"audiences\": [\"PROVIDERS\"], \"budget\": 2000, \"startMonth\": 0, \"endMonth\": 12}"));
        Evaluation.Item first = evaluation.advice().get(0);
        assertEquals("rec.dvf.no-benefit", first.ruleId());
        assertTrue(first.trace().merged().contains("rec.dvf.no-benefit-levers"), first.trace().merged()::toString);
    }

    @Test
    void anIncentiveForTheUsersIsNoLeverOnOrganisations() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(
                ", {\"type\": \"INCENTIVE\", \"audiences\": [\"SERVICE_USERS\"], \"budget\": 5000, \"startMonth\": 0, \"endMonth\": 12}"));
        assertFalse(ids.contains("rec.dvf.no-benefit-levers"), ids::toString);
    }

    @Test
    void withNoLeverThereIsNothingToPause() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(""));
        assertFalse(ids.contains("rec.dvf.no-benefit-levers"), ids::toString);
    }
}
