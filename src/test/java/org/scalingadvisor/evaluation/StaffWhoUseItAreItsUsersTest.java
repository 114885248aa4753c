package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the innovation's users are staff (innovation.usersAreStaff), their networks play the part of user networks
 * (the plan vocabulary): staff named only as people to inform or consult, with nothing that has them shape, demand or
 * champion it, show Myth 5 as people who use services would. Its answer is their own part, not an alliance with service
 * users' networks. The flag used to switch Myth 5 off: a national staff wellbeing service whose staff were only
 * informed, and a ministry's supervision circles for community health workers, drew none, where both writers expected
 * it (issue 18, the twentieth tuning review; the eighteenth sealed set).
 */
class StaffWhoUseItAreItsUsersTest {

    private static final String PLAN = """
            {"title": "Peer supervision circles", "stage": "SCALING", "durationMonths": 36,
             "innovation": {"name": "Supervision circles", "nature": "RADICAL", "changesProfessionalRoles": true,
                            "evidence": "BEFORE_AFTER", "usersAreStaff": true},
             "scale": {"targetAdopters": 40},
             "activities": [
               {"type": "COACHING", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 30, "budget": 300000, "sites": 40}],
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "FRONTLINE_STAFF", "role": "%s"}]}""";

    @Test
    void staffOnlyInformedShowMyth5() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("INFORMED"));
        assertTrue(evaluation.summary().myths().contains("MYTH-5"), evaluation.summary().myths().toString());
        List<String> signs = PlanItems.item(evaluation, "myth-5.diagnosis").signs().stream().map(Evaluation.Sign::id).toList();
        assertTrue(signs.contains("sign.myth-5.staff-users-token"), signs.toString());
        assertFalse(PlanItems.ids(evaluation).contains("rec.myth-5.alliances"), PlanItems.ids(evaluation).toString());
    }

    @Test
    void staffWhoCoProduceDoNot() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("CO_PRODUCING"));
        assertFalse(evaluation.summary().myths().contains("MYTH-5"), evaluation.summary().myths().toString());
    }
}
