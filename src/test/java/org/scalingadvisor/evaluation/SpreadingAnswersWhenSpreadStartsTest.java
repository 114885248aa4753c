package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan at early spread is spreading: its stage says spread work has begun, so "say when spread planning starts"
 * asks what it has answered, even where pilots still run beside the spread. Seen on RESTORE2, already used in seven
 * areas and asked at HIGH when spread planning starts (issue 18, the nineteenth tuning review). A pilot-stage plan
 * with no timetable is still asked.
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
    void aPlanAlreadySpreadingIsNotAskedWhenSpreadStarts() throws Exception {
        List<String> ids = PlanItems.of(plan("EARLY_SPREAD"));
        assertFalse(ids.contains("gap.spread-timing"), ids.toString());
    }

    @Test
    void aPilotIs() throws Exception {
        List<String> ids = PlanItems.of(plan("PILOT"));
        assertTrue(ids.contains("gap.spread-timing"), ids.toString());
    }
}
