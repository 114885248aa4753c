package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim counts only where something the plan does delivers it (issue 18). An activity the plan only names, with no
 * months, budget or sites while it sizes its other work, is a label: it says what the plan means to do, not that it
 * does it, so a community of practice claimed beside it is still to be built (Albury, Mechanism 1). The twenty-sixth
 * tuning half: a draft written to game a checker claimed a facilitated community of practice across eleven
 * organisations, listed it with no dates or budget, and drew no advice on communities at all.
 */
class ANamedCommunityIsAClaimTest {

    private static final String PLAN = """
            {"title": "Home monitoring for eye disease", "planType": "INNOVATION", "stage": "SCALING", "durationMonths": 24,
             "communities": {"practice": {"exists": true, "facilitated": true, "organisations": 11, "coDesignMethods": true}},
             "stakeholders": [{"group": "CLINICIANS", "role": "LEADING"}],
             "activities": [
               {"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "budget": 420000, "startMonth": 0, "endMonth": 24},
               {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS"]%s}]}""";

    @Test
    void aCommunityOnlyNamedIsStillToBeBuilt() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(""));
        assertTrue(ids.contains("rec.mech-1.1.practice"), ids::toString);
    }

    @Test
    void aCommunityThatRunsIsNot() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(", \"budget\": 40000, \"startMonth\": 0, \"endMonth\": 24"));
        assertFalse(ids.contains("rec.mech-1.1.practice"), ids::toString);
    }
}
