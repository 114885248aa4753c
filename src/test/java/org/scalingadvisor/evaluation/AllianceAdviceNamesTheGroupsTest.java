package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The answer to Myth 5 names the plan's own groups it would bring into an alliance (people who use services, carers,
 * families or citizens not yet leading or co-producing), so it is never the same stock text on every plan. The sixteenth
 * sealed set's reviewer found "build alliances" leading 6 of 14 reports in the same words.
 */
class AllianceAdviceNamesTheGroupsTest {

    @Test
    void theAllianceNamesTheUserGroupsItWouldBringIn() throws Exception {
        String plan = """
                {"title": "Foot care clinic offered to two more day centres", "stage": "EARLY_SPREAD", "durationMonths": 12,
                 "stakeholders": [
                   {"group": "FRONTLINE_STAFF", "role": "LEADING", "engagementRoute": true},
                   {"group": "SERVICE_USERS", "role": "INFORMED"},
                   {"group": "CARERS", "role": "CONSULTED"}],
                 "activities": [
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 3000, "sites": 2, "startMonth": 0, "endMonth": 6}]}""";
        Evaluation.Item alliances = PlanItems.item(PlanItems.evaluation(plan), "rec.myth-5.alliances");
        assertEquals(java.util.List.of("Service users", "Carers"), alliances.about().stream().limit(2).toList(), alliances.about().toString());
    }
}
