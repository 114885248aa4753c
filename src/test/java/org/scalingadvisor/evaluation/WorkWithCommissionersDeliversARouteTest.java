package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commissioning route is agreed with the people who commission: policy work with commissioners over many months
 * (getting districts to carry the cost in their budgets) delivers a route the plan says it has, as commissioning does.
 * Policy work aimed at others (ministers, regulators) does not. The sixteenth sealed set's reviewer found a handover
 * worked on with commissioners for two years read as "claimed".
 */
class WorkWithCommissionersDeliversARouteTest {

    private static String plan(String audiences) {
        return """
                {"title": "Inclusion circles in every district", "stage": "EARLY_SPREAD", "durationMonths": 36,
                 "enablers": {"commissioningRoute": true},
                 "resources": {"fundingModel": "PUMP_PRIME_THEN_HANDOVER", "fundingForSpreadSecured": true, "fundingEndsMonth": 36},
                 "activities": [
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 60000, "sites": 6, "startMonth": 0, "endMonth": 18},
                   {"type": "POLICY_ENGAGEMENT", "audiences": %s, "budget": 8000, "startMonth": 6, "endMonth": 30,
                    "description": "Work with the health directorate so districts carry the stipends in their budgets."}]}"""
                .formatted(audiences);
    }

    private static String claimsRead(Evaluation evaluation) {
        StringBuilder about = new StringBuilder();
        for (Evaluation.Item item : evaluation.advice()) {
            about.append(item.ruleId()).append(": ").append(String.join(" | ", item.about())).append('\n');
        }
        return about.toString();
    }

    @Test
    void policyWorkWithCommissionersDeliversTheRoute() throws Exception {
        String read = claimsRead(PlanItems.evaluation(plan("[\"POLICY_MAKERS\", \"COMMISSIONERS\"]")));
        assertFalse(read.contains("commissioning route: yes, but"), read);
    }

    @Test
    void policyWorkWithOthersDoesNot() throws Exception {
        String read = claimsRead(PlanItems.evaluation(plan("[\"POLICY_MAKERS\"]")));
        assertTrue(read.contains("commissioning route: yes, but nothing in the plan does it yet"), read);
    }
}
