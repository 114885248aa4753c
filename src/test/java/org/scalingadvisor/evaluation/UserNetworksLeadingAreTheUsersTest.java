package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users are people, and their own networks are theirs (Albury, Myth 5; Mechanism 2). A plan that the networks of people
 * who use services lead is not asked how people who use services are involved. The twenty-sixth tuning half:
 * hearing-loss clubs running lipreading sessions were asked "say how people who use services are involved".
 * Citizens leading are not necessarily the people the innovation serves, and are still asked.
 */
class UserNetworksLeadingAreTheUsersTest {

    private static final String PLAN = """
            {"title": "Lipreading sessions in the villages", "stage": "IDEA",
             "innovation": {"name": "Volunteer-run lipreading sessions"},
             "activities": [{"type": "PUBLIC_EVENT"}],
             "stakeholders": [{"group": "%s", "role": "LEADING"}]}""";

    @Test
    void userNetworksLeadingAreNotAsked() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("USER_NETWORKS"));
        assertFalse(ids.contains("gap.user-involvement"), ids::toString);
    }

    @Test
    void citizensLeadingAreAsked() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("CITIZENS"));
        assertTrue(ids.contains("gap.user-involvement"), ids::toString);
    }
}
