package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCIE asks for time and commitment to scale and embed (SCIE-I07). A plan whose spread work runs on with no planned
 * end (a statutory duty kept in force, commissioning that continues, support that stays) does not give spread little
 * time because its own timetable is short: "extend the timetable" misfits it. Seen on the duty to refer, a permanent
 * duty told to extend its timetable (issue 18, the eighteenth sealed review). Work that stops with a short plan is
 * still told.
 */
class WorkThatRunsOnHasTimeTest {

    private static String plan(String support) {
        return """
                {"title": "Referral duty for hospital teams", "stage": "SCALING", "durationMonths": 12,
                 "innovation": {"name": "Referral to housing teams", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "resources": {"fundingForSpreadSecured": true, "fundingModel": "COMMISSIONED"},
                 "activities": [%s,
                   {"type": "PROGRESS_TRACKING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12, "budget": 50000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}]}"""
                .formatted(support);
    }

    @Test
    void supportThatRunsOnIsNotToldToExtendTheTimetable() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"IMPLEMENTATION_SUPPORT\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 0, \"ongoing\": true, \"budget\": 400000}"));
        assertFalse(ids.contains("rec.scie-i07.time"), ids.toString());
    }

    @Test
    void supportThatStopsWithAShortPlanIs() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"IMPLEMENTATION_SUPPORT\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 0, \"endMonth\": 12, \"budget\": 400000}"));
        assertTrue(ids.contains("rec.scie-i07.time"), ids.toString());
    }
}
