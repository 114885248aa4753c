package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Albury, Myth 3 is spread that waits for the pilot. Commissioning the adopting organisations, funding them, or a target
 * for all of them while the pilot runs is spread under way, whatever else it lacks. The twenty-sixth tuning half: a
 * national prison testing programme commissioning services and setting a target for the whole estate from month 0 was
 * told "plan spread now", because a lessons-learnt event after the pathfinders was its only later work.
 */
class SpreadAlongsideThePilotTest {

    private static final String PLAN = """
            {"title": "Opt-out testing at reception", "planType": "INNOVATION", "stage": "PILOT", "durationMonths": 36,
             "approach": {"routes": ["NATIONAL_PROGRAMME"], "spreadPlanningStarts": "AT_OUTSET"},
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "PROVIDERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "PILOT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 6, "sites": 11},
               {"type": "CONFERENCE", "audiences": ["PROVIDERS", "COMMISSIONERS"], "startMonth": 13, "endMonth": 13}%s]}""";

    @Test
    void onlyLaterWorkIsSpreadAfterThePilot() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(""));
        assertTrue(ids.contains("myth-3.diagnosis"), ids::toString);
    }

    @Test
    void commissioningFromTheStartIsSpreadAlongside() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(", {\"type\": \"COMMISSIONING\", \"audiences\": [\"COMMISSIONERS\","
                + " \"PROVIDERS\"], \"startMonth\": 0, \"ongoing\": true}"));
        assertFalse(ids.contains("myth-3.diagnosis"), ids::toString);
    }
}
