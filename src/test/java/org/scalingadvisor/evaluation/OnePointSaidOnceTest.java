package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One point, said once where it is read: where Myth 5 is diagnosed because people who use services are only informed
 * or consulted, the question of their part in design still stands but waits below the diagnosis and its answer, out
 * of the first items (the twentieth sealed review: the diagnosis, the alliances advice and this question took three
 * of a short report's ten places for one point, in five of fourteen reports).
 */
class OnePointSaidOnceTest {

    private static final String PLAN = """
            {"title": "Shared care records for people with COPD", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Patient-held care record", "nature": "RADICAL", "changesProfessionalRoles": true,
                            "evidence": "BEFORE_AFTER"},
             "activities": [
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 20, "budget": 120000, "sites": 12}],
             "stakeholders": [{"group": "CLINICIANS", "role": "LEADING"}, {"group": "SERVICE_USERS", "role": "%s"}]}""";

    @Test
    void besideMyth5OnUsersOnlyConsultedTheDesignQuestionWaits() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("CONSULTED"));
        List<String> signs = PlanItems.item(evaluation, "myth-5.diagnosis").signs().stream().map(Evaluation.Sign::id).toList();
        assertTrue(signs.contains("myth-5.token-user-voice"), signs.toString());
        Evaluation.Item question = PlanItems.item(evaluation, "gap.user-involvement");
        assertTrue(question.priority().contributions().stream().anyMatch(c -> c.ruleId().equals("priority.users.beside-myth-5")),
                question.priority().toString());
        assertEquals("LOW", question.priority().band(), question.priority().toString());
        assertTrue(question.rank() > PlanItems.item(evaluation, "myth-5.diagnosis").rank());
    }

    @Test
    void withoutTheMythTheQuestionKeepsItsPlace() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("INVOLVED"));
        assertFalse(evaluation.summary().myths().contains("MYTH-5"), evaluation.summary().myths().toString());
        assertEquals("MEDIUM", PlanItems.item(evaluation, "gap.user-involvement").priority().band());
    }
}
