package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A vision or a case for change the plan ticks with nothing behind it is asked about at low priority: two fresh
 * reviewers found "show which activities build the movement the plan claims" on 9 to 11 of 14 reports, as item 1 of
 * both READY drafts, ahead of what mattered.
 */
class MovementClaimsAskedLowTest {

    @Test
    void aClaimedVisionIsALowQuestion() throws Exception {
        String plan = """
                {"title": "Three practices across sixteen districts", "stage": "SCALING", "durationMonths": 36,
                 "movement": {"vision": true, "caseForChange": true},
                 "activities": [
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "budget": 260000, "sites": 16, "startMonth": 0, "endMonth": 36}]}""";
        Evaluation.Item question = PlanItems.item(PlanItems.evaluation(plan), "gap.claims.movement");
        assertEquals("LOW", question.priority().band(), question.priority().toString());
    }
}
