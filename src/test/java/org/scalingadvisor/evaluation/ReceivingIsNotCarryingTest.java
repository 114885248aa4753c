package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People who use services named only among those a payment, an instruction, information or a measurement is for receive
 * the innovation; that gives them no part in carrying it (Albury, Myth 5). A plan that names only professionals and the
 * system, and whose one activity for carers is a payment for their respite, casts professionals as the only agents of
 * spread (the twenty-second tuning review: tagging carers as the audience of a respite payment hid Myth 5; untagged, it
 * was HIGH).
 */
class ReceivingIsNotCarryingTest {

    private static final String PLAN = """
            {"title": "A dementia care model", "stage": "SCALING", "durationMonths": 96,
             "innovation": {"name": "Dementia care management", "nature": "RADICAL", "changesProfessionalRoles": true},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12, "budget": 400000, "sites": 40},
               {"type": "%s", "audiences": ["PROVIDERS", "CARERS"], "startMonth": 0, "endMonth": 96, "budget": 2000000}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}, {"group": "POLICY_MAKERS", "role": "LEADING"}]}""";

    @Test
    void carersWhoReceiveAPaidServiceAreNotAgentsOfSpread() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("TARIFF"));
        assertTrue(evaluation.summary().myths().contains("MYTH-5"), PlanItems.ids(evaluation).toString());
    }

    @Test
    void carersWhoDesignItTakePart() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("CO_DESIGN"));
        List<String> myths = evaluation.summary().myths();
        assertFalse(myths.contains("MYTH-5"), PlanItems.ids(evaluation).toString());
    }
}
