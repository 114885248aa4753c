package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An innovation for the workforce is shaped with the staff who will use it (SCIE-2020, co-production with the people
 * an innovation serves). Managers leading the work sponsor it; they are not those staff having a say. The twenty-sixth
 * tuning half: a care home group's HR lead licensing a grief app for care workers was never asked how the care workers
 * are involved, because managers leading counted as staff involved. Staff who co-produce it still answer the question.
 */
class ManagersLeadingAreNotTheStaffTest {

    private static final String PLAN = """
            {"title": "Grief support app for care workers", "planType": "INNOVATION", "stage": "IDEA",
             "innovation": {"name": "Wellbeing app", "form": "PRODUCT", "usersAreStaff": true},
             "activities": [{"type": "PILOT", "sites": 3}],
             "stakeholders": [%s]}""";

    @Test
    void managersLeadingStillAsksHowStaffAreInvolved() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("{\"group\": \"MANAGERS\", \"role\": \"LEADING\"}"));
        assertTrue(ids.contains("gap.staff-user-involvement"), ids::toString);
    }

    @Test
    void frontlineStaffCoProducingAnswerIt() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("{\"group\": \"MANAGERS\", \"role\": \"LEADING\"},"
                + " {\"group\": \"FRONTLINE_STAFF\", \"role\": \"CO_PRODUCING\"}"));
        assertFalse(ids.contains("gap.staff-user-involvement"), ids::toString);
    }
}
