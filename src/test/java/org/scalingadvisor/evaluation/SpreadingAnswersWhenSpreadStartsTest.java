package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A plan at early spread is spreading: when its spread planning began is history, still worth asking where pilots run
 * beside the spread, but not a key question to act on first. Seen on RESTORE2, already used in seven areas and asked at
 * HIGH, among its first actions, when spread planning starts (issue 18, the nineteenth tuning review). A pilot-stage
 * plan with no timetable is asked at HIGH.
 */
class SpreadingAnswersWhenSpreadStartsTest {

    private static String plan(String stage) {
        return """
                {"title": "Soft signs tool in care homes", "stage": "%s",
                 "innovation": {"name": "Deterioration tool", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "activities": [
                   {"type": "PILOT", "audiences": ["PROVIDERS"]},
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"]},
                   {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"]}],
                 "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INVOLVED"}, {"group": "CARERS", "role": "CO_PRODUCING"}]}"""
                .formatted(stage);
    }

    @Test
    void aPlanAlreadySpreadingIsAskedButNotFirst() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan("EARLY_SPREAD"));
        assertEquals("MEDIUM", PlanItems.item(evaluation, "gap.spread-timing").priority().band());
        assertFalse(evaluation.summary().firstActions().contains("gap.spread-timing"), evaluation.summary().firstActions().toString());
    }

    @Test
    void aPilotIsAskedAsAKeyQuestion() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(plan("PILOT"));
        assertEquals("HIGH", PlanItems.item(evaluation, "gap.spread-timing").priority().band());
    }
}
