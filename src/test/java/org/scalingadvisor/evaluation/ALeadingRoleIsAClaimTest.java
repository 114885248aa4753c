package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users said to co-design earn "people who use services co-design the innovation" only where something the plan does
 * shows it. A user group cast as leading designs by running the work, where the plan shows it at work; cast as leading
 * with nothing of known size beyond telling reaching it, and a co-design activity the plan only names, is a claim,
 * asked about, not praised. Seen on a draft that ticks every box: the strength stayed when its one-line co-design
 * activity was deleted (issue 18, the twentieth tuning review).
 */
class ALeadingRoleIsAClaimTest {

    private static final String PLAN = """
            {"title": "Foot checks everywhere", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Foot checks", "nature": "INCREMENTAL", "evidence": "CONTROLLED"},
             "scale": {"targetAdopters": 14},
             "approach": {"userInvolvement": "CO_DESIGNING"},
             "activities": [
               {"type": "WEBSITE", "audiences": ["CLINICIANS", "SERVICE_USERS", "USER_NETWORKS"], "startMonth": 0, "endMonth": 23, "budget": 40000},
               {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 23, "budget": 90000, "sites": 14}
               %s],
             "stakeholders": [{"group": "USER_NETWORKS", "role": "LEADING", "network": "STRONG"},
                              {"group": "CLINICIANS", "role": "INVOLVED"}]}""";

    private static List<String> ids(String added) throws Exception {
        return PlanItems.of(PLAN.formatted(added));
    }

    @Test
    void aLeadingRoleWithOnlyTellingBehindItEarnsNoPraise() throws Exception {
        List<String> ids = ids(", {\"type\": \"CO_DESIGN\", \"audiences\": [\"SERVICE_USERS\"], \"description\": \"Co-design with patients.\"}");
        assertFalse(ids.contains("strength.co-production"), ids.toString());
        assertTrue(ids.contains("gap.claims.users-co-design"), ids.toString());
    }

    @Test
    void aLeadingGroupAtWorkCoDesignsByRunningIt() throws Exception {
        List<String> ids = ids(", {\"type\": \"USER_NETWORK_MOBILISATION\", \"audiences\": [\"USER_NETWORKS\"], \"startMonth\": 0, \"endMonth\": 23, \"budget\": 30000}");
        assertTrue(ids.contains("strength.co-production"), ids.toString());
    }
}
