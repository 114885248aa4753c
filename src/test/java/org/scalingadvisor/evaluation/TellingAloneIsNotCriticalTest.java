package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Myth 1 reaches CRITICAL when its signs show the plan is built on it: instruction (a target or mandate) with no
 * support where the change shifts roles, or telling with no support beside more than the role change. Telling alone
 * beside a change of roles is HIGH: across the calibration corpus, every plan whose only critical item rested on those
 * two signs was signed NEEDS_WORK (or either) by its independent writer (four, none NOT_READY only; issue 18).
 */
class TellingAloneIsNotCriticalTest {

    private static String plan(String activity) {
        return """
                {"title": "Conversation guide for ward teams", "stage": "EARLY_SPREAD", "durationMonths": 18,
                 "innovation": {"name": "Conversation guide", "nature": "INCREMENTAL", "changesPowerRelationships": true,
                                "evidence": "BEFORE_AFTER"},
                 "resources": {"fundingForSpreadSecured": true, "fundingEndsMonth": 18, "fundingModel": "CENTRAL_GRANT"},
                 "activities": [%s,
                   {"type": "PUBLICATION", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 2, "budget": 3000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(activity);
    }

    @Test
    void tellingWithNoSupportWhereRolesChangeIsHigh() throws Exception {
        Evaluation telling = PlanItems.evaluation(plan(
                "{\"type\": \"WEBSITE\", \"audiences\": [\"CLINICIANS\"], \"startMonth\": 0, \"endMonth\": 18, \"budget\": 5000}"));
        Evaluation.Item myth1 = PlanItems.item(telling, "myth-1.diagnosis");
        assertEquals("HIGH", myth1.priority().band(), myth1.priority().contributions().toString());
        assertEquals("NEEDS_WORK", telling.summary().verdict(), PlanItems.ids(telling).toString());
    }

    @Test
    void instructingWithNoSupportWhereRolesChangeStaysCritical() throws Exception {
        Evaluation instructing = PlanItems.evaluation(plan(
                "{\"type\": \"TARGET\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 0, \"endMonth\": 18}"));
        Evaluation.Item myth1 = PlanItems.item(instructing, "myth-1.diagnosis");
        assertEquals("CRITICAL", myth1.priority().band(), myth1.priority().contributions().toString());
        assertEquals("NOT_READY", instructing.summary().verdict());
    }
}
