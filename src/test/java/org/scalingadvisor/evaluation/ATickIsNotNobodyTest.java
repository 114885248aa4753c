package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that ticks "money for spread is secured" with nothing in it that pays has not shown who pays; it has not said
 * that nobody does. The advice must not claim the plan names nobody: Amsterdam's healthy weight programme, led and
 * funded by the city, was told "nobody is yet named to pay for it" and to ask the council (issue 18, the nineteenth
 * sealed review). It says what the plan does not show, and how to show it when the lead funds the work itself.
 */
class ATickIsNotNobodyTest {

    private static final String PLAN = """
            {"title": "Healthy weight programme, city-wide", "stage": "SUSTAINING", "durationMonths": 36,
             "innovation": {"name": "Healthy weight approach", "nature": "SYSTEMIC", "evidence": "BEFORE_AFTER"},
             "resources": {"leadOrganisation": "STATUTORY_BODY", "fundingForSpreadSecured": true},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36},
               {"type": "USER_NETWORK_MOBILISATION", "audiences": ["FAMILIES"], "startMonth": 0, "endMonth": 36}],
             "stakeholders": [{"group": "FAMILIES", "role": "CO_PRODUCING"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}]}""";

    @Test
    void aTickWithNothingThatPaysIsNotCalledNobody() throws Exception {
        Evaluation.Item item = PlanItems.item(PlanItems.evaluation(PLAN), "rec.scie-e08.keep-it-paid-for");
        assertFalse(item.message().contains("nobody is yet named"), item.message());
        assertTrue(item.message().contains("funding model"), item.message());
    }
}
