package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Never ask for what the plan has: a plan that reports rules standing in its way and already works with the policy
 * makers or regulators who hold the lever is asked by when they must change and what spread does until then, not told
 * to start that work. The twenty-fifth tuning review: a plan working on a dispensing authority and a formulary listing
 * got "work with the policy-makers and regulators who hold the lever", word for word the same with that work deleted.
 */
class RulesAlreadyBeingChangedTest {

    private static final String PLAN = """
            {"title": "Misoprostol by community health workers", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "enablers": {"regulatoryBarriers": true},
             "resources": {"leadOrganisation": "STATUTORY_BODY"},
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 5, "budget": 30000}
               %s]}""";

    @Test
    void workOnTheRulesIsAcknowledged() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(
                ", {\"type\": \"REGULATORY_ENGAGEMENT\", \"audiences\": [\"POLICY_MAKERS\"], \"startMonth\": 0, \"endMonth\": 11, \"budget\": 8000}"));
        assertFalse(ids.contains("rec.scie-e06.rules-that-block"), ids::toString);
        assertTrue(ids.contains("rec.scie-e06.rules-being-changed"), ids::toString);
    }

    @Test
    void withoutThatWorkThePlanIsToldToStartIt() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(""));
        assertTrue(ids.contains("rec.scie-e06.rules-that-block"), ids::toString);
        assertFalse(ids.contains("rec.scie-e06.rules-being-changed"), ids::toString);
    }
}
