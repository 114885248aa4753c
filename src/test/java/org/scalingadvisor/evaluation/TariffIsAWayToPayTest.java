package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tariff is the price commissioners pay providers for each patient treated: a plan spread by a tariff shows how the
 * work is paid for and by which route (SCIE, funding and commissioning). Seen on the hip fracture best practice tariff,
 * told "the plan does not show how the work of spreading is paid for" and "commissioning route: nothing in the plan
 * does it yet" (issue 18, the eighteenth sealed review). A tariff of unknown size is still asked about its size.
 */
class TariffIsAWayToPayTest {

    private static String plan(String tariff) {
        return """
                {"title": "Best practice tariff for hip fracture care", "stage": "SCALING", "durationMonths": 12,
                 "innovation": {"name": "Best practice hip fracture care", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "enablers": {"commissioningRoute": true},
                 "activities": [%s,
                   {"type": "PROGRESS_TRACKING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12, "budget": 50000},
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 12, "budget": 60000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(tariff);
    }

    @Test
    void aTariffShowsHowSpreadIsPaidFor() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"TARIFF\", \"audiences\": [\"PROVIDERS\", \"COMMISSIONERS\"], \"startMonth\": 0, \"endMonth\": 12, \"budget\": 1000000}"));
        assertFalse(ids.contains("gap.funding"), ids.toString());
        assertFalse(ids.contains("gap.claims-without-activity"), ids.toString());
    }

    @Test
    void aTokenTariffDoesNot() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"TARIFF\", \"audiences\": [\"PROVIDERS\", \"COMMISSIONERS\"], \"startMonth\": 0, \"endMonth\": 12, \"budget\": 500}"));
        assertTrue(ids.contains("gap.funding"), ids.toString());
    }
}
