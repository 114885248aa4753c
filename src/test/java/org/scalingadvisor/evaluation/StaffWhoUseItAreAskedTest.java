package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the innovation is for staff, the staff who will use it are its users, and how they shape it is asked of them as
 * it is asked of people who use services elsewhere (SCIE-2020, co-production). The twenty-fourth tuning review: a
 * fast-track service for staff with back injuries was never asked how staff, their networks or unions shaped it,
 * because the question about users stood aside for staff and nothing asked about them instead.
 */
class StaffWhoUseItAreAskedTest {

    private static final String PLAN = """
            {"title": "Fast-track physiotherapy for staff with back injuries", "stage": "PILOT", "durationMonths": 12,
             "innovation": {"name": "Staff fast-track", "usersAreStaff": true},
             "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "%s"}, {"group": "MANAGERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "PUBLICATION", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 1, "budget": 2000},
               {"type": "WEBINAR", "audiences": ["MANAGERS"], "startMonth": 1, "endMonth": 2, "budget": 1000}%s]}""";

    @Test
    void theStaffWhoWillUseItAreAskedHowTheyAreInvolved() throws Exception {
        assertTrue(PlanItems.of(PLAN.formatted("INFORMED", "")).contains("gap.staff-user-involvement"));
    }

    @Test
    void notWhereTheyCoProduceItOrDesignIt() throws Exception {
        assertFalse(PlanItems.of(PLAN.formatted("CO_PRODUCING", "")).contains("gap.staff-user-involvement"));
        assertFalse(PlanItems.of(PLAN.formatted("INFORMED", """
                , {"type": "CO_DESIGN", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 6, "budget": 12000}"""))
                .contains("gap.staff-user-involvement"));
    }
}
