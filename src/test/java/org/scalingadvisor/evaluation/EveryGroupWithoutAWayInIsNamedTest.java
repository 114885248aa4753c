package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every stakeholder group needs a way to take part (Albury, Mechanism 2). The advice names each group that nothing of
 * known size gives a way in, whether the plan says it has one or says nothing; a group the plan does give work of known
 * size is not named (the twenty-second tuning review: the item named the one group the plan gave a route, and never the
 * staff it left without one, so saying less earned less criticism).
 */
class EveryGroupWithoutAWayInIsNamedTest {

    private static final String PLAN = """
            {"title": "Medical conditions at school", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Individual healthcare plans"},
             "activities": [
               {"type": "MANDATE", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 24},
               {"type": "CO_DESIGN", "audiences": ["FAMILIES"], "startMonth": 0, "endMonth": 24, "budget": 50000}],
             "stakeholders": [{"group": "MANAGERS", "role": "INFORMED"}, {"group": "FRONTLINE_STAFF", "role": "INFORMED"},
                              {"group": "FAMILIES", "role": "INVOLVED", "engagementRoute": true}]}""";

    @Test
    void groupsWithNoWayInAreNamedAndTheGroupWithOneIsNot() throws Exception {
        List<String> named = PlanItems.item(PlanItems.evaluation(PLAN), "rec.mech-2.4.engagement-routes").about();
        assertEquals(List.of("Managers", "Frontline staff"), named);
        assertFalse(named.contains("Families"));
    }
}
