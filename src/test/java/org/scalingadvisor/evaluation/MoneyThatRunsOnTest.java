package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money paid to the adopting organisations that runs on with no planned end (a baselined allocation, a recurrent
 * grant) already says who pays after the plan: the same payer, still paying. Asking "who pays once the current money
 * ends" of it misreads the plan. Seen on the Carers (Scotland) Act, whose implementation money to councils is
 * baselined (issue 18, the eighteenth sealed review). Money that ends with the plan is still asked about.
 */
class MoneyThatRunsOnTest {

    private static String plan(String funding) {
        return """
                {"title": "Carers' rights duty, second year", "stage": "SUSTAINING", "durationMonths": 24,
                 "innovation": {"name": "Adult carer support plans", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "resources": {"leadOrganisation": "STATUTORY_BODY", "fundingForSpreadSecured": true, "fundingModel": "CENTRAL_GRANT"},
                 "activities": [%s,
                   {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 400000},
                   {"type": "PROGRESS_TRACKING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 50000}],
                 "stakeholders": [{"group": "CARERS", "role": "CO_PRODUCING"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}]}"""
                .formatted(funding);
    }

    @Test
    void moneyToAdoptersThatRunsOnSaysWhoPaysAfter() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"ADOPTER_FUNDING\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 0, \"ongoing\": true, \"budget\": 5000000}"));
        assertFalse(ids.contains("gap.funding-after"), ids.toString());
    }

    @Test
    void moneyThatEndsWithThePlanIsStillAskedAbout() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"ADOPTER_FUNDING\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 0, \"endMonth\": 24, \"budget\": 5000000}"));
        assertTrue(ids.contains("gap.funding-after"), ids.toString());
    }
}
