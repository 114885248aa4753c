package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Say when spread planning starts" (Albury, Myth 3) stands aside when the timetable answers it, by dating spread work.
 * A dated pilot, evaluation or work for the innovators alone says when those run, not when work on spread begins, so
 * giving the pilot its months never silences the question. Seen on sparse first notes whose one activity is a pilot:
 * dating it removed the question (issue 18, the twentieth tuning review).
 */
class ADatedPilotIsNotASpreadPlanTest {

    private static final String PLAN = """
            {"title": "Walking groups", "stage": "PILOT",
             "innovation": {"name": "Walking groups", "form": "SERVICE"},
             "activities": [{"type": "PILOT", "sites": 1, "startMonth": 0, "endMonth": 12}%s],
             "stakeholders": [{"group": "CLINICIANS", "role": "LEADING"}]}""";

    @Test
    void aDatedPilotLeavesTheQuestion() throws Exception {
        assertTrue(PlanItems.of(PLAN.formatted("")).contains("gap.spread-timing"));
        assertTrue(PlanItems.of(PLAN.formatted(", {\"type\": \"EVALUATION\", \"startMonth\": 6, \"endMonth\": 12}"))
                .contains("gap.spread-timing"));
    }

    @Test
    void datedSpreadWorkAnswersIt() throws Exception {
        assertFalse(PlanItems.of(PLAN.formatted(", {\"type\": \"COACHING\", \"audiences\": [\"CLINICIANS\"], \"startMonth\": 3, \"endMonth\": 12}"))
                .contains("gap.spread-timing"));
    }
}
