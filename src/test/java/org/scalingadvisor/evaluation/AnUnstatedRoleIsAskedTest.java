package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A group of people who use services that the plan names without saying its part is not "only informed or
 * consulted": absent is not "no". Myth 5 is not diagnosed on it; the plan is asked how they are involved (the
 * twenty-first sealed review: citizens with no role in Thailand's universal coverage scheme drew "appear only as
 * people to inform or consult", the same report as a role of INFORMED).
 */
class AnUnstatedRoleIsAskedTest {

    private static final String PLAN = """
            {"title": "Universal coverage", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "A health entitlement", "nature": "RADICAL", "changesProfessionalRoles": true,
                            "evidence": "BEFORE_AFTER"},
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 500000, "sites": 70}],
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "PROVIDERS", "role": "INVOLVED"},
                              {"group": "CITIZENS"%s}]}""";

    @Test
    void citizensWithNoRoleAreAskedAbout() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(""));
        assertFalse(evaluation.summary().myths().contains("MYTH-5"), evaluation.summary().myths().toString());
        assertTrue(PlanItems.ids(evaluation).contains("gap.user-involvement"), PlanItems.ids(evaluation).toString());
    }

    @Test
    void citizensOnlyInformedShowMyth5() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(", \"role\": \"INFORMED\""));
        List<String> signs = PlanItems.item(evaluation, "myth-5.diagnosis").signs().stream().map(Evaluation.Sign::id).toList();
        assertTrue(signs.contains("myth-5.token-user-voice"), signs.toString());
    }
}
