package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For a product that organisations must buy, the way to buy it is the commissioning route: the plan is told once, in
 * the product's terms, not also "create a commissioning route" (SCIE-E08, DVF-3). Seen on a quit-smoking technology
 * challenge whose report made the point twice (issue 18, the nineteenth tuning review). A service is told of the
 * commissioning route.
 */
class AProductsRouteIsSaidOnceTest {

    private static String plan(String form) {
        return """
                {"title": "Quit technology for hospital smokers", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Quit app", "form": "%s", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "enablers": {"commissioningRoute": false},
                 "activities": [
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 90000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "PROVIDERS", "role": "INVOLVED"}]}"""
                .formatted(form);
    }

    @Test
    void aProductIsToldOnce() throws Exception {
        List<String> ids = PlanItems.of(plan("PRODUCT"));
        assertTrue(ids.contains("rec.dvf.product-route"), ids.toString());
        assertFalse(ids.contains("rec.scie-e08.commissioning"), ids.toString());
    }

    @Test
    void aServiceIsToldOfTheCommissioningRoute() throws Exception {
        List<String> ids = PlanItems.of(plan("SERVICE"));
        assertTrue(ids.contains("rec.scie-e08.commissioning"), ids.toString());
    }
}
