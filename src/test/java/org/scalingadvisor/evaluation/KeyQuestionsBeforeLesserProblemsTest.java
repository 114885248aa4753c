package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * First actions go by severity: where no diagnosis or recommendation is HIGH, a key question (a HIGH gap, such as how
 * spread is paid for) leads, and the highest-ranked lesser problem follows so the plan still has something to do.
 * Seen on Safe Surgeries, whose first action was a MEDIUM "check the team has the skills scaling needs" ahead of the
 * HIGH "say how spread is paid for" (issue 18, the nineteenth tuning review).
 */
class KeyQuestionsBeforeLesserProblemsTest {

    private static final String PLAN = """
            {"title": "Safe surgeries for people without papers", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "sector": "HEALTH",
             "innovation": {"name": "Registration without papers", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
             "resources": {"scalingLead": "INNOVATION_TEAM"},
             "activities": [
               {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24},
               {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "startMonth": 0, "endMonth": 24}],
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "PROVIDERS", "role": "INVOLVED"}]}""";

    @Test
    void aKeyQuestionLeadsALesserProblem() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        List<String> first = evaluation.summary().firstActions();
        Evaluation.Item lead = PlanItems.item(evaluation, first.get(0));
        assertEquals("GAP", lead.kind(), first + " " + evaluation.advice().stream()
                .map(i -> i.ruleId() + " " + i.priority().band() + " " + i.priority().score()).toList());
        assertEquals("HIGH", lead.priority().band(), first.toString());
        assertTrue(first.stream().map(id -> PlanItems.item(evaluation, id)).anyMatch(i -> !i.kind().equals("GAP")), first.toString());
    }
}
