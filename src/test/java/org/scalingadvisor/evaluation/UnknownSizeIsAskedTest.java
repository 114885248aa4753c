package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An activity the plan lists but whose size it does not give is neither absent nor real help: it clears no
 * concern and earns no strength, and the advice asks for its size. It is never told "nothing the plan does
 * shows" what that activity is about (the advice would contradict the plan).
 */
class UnknownSizeIsAskedTest {

    private static final String BASE_ACTIVITIES = """
              {"type": "TRAINING", "audiences": ["CLINICIANS"], "budget": 40000, "startMonth": 1, "endMonth": 20, "sites": 7},
              {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["CLINICIANS", "MANAGERS"], "budget": 200000, "startMonth": 2, "endMonth": 24, "sites": 7}""";

    private static List<String> items(String extra) throws Exception {
        String plan = """
                {"title": "Hospital-wide practice collaborative", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"nature": "RADICAL", "changesPowerRelationships": true},
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 "communities": {"practice": {"exists": true, "facilitated": true, "coDesignMethods": true, "organisations": 8}},
                 "stakeholders": [
                   {"group": "SERVICE_USERS", "role": "CO_PRODUCING", "network": "MODERATE"},
                   {"group": "CLINICIANS", "role": "LEADING", "network": "STRONG"}
                 ],
                 "activities": [%s%s]}""".formatted(BASE_ACTIVITIES, extra);
        return PlanItems.of(plan);
    }

    private static final String PRACTICE = """
              ,{"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS", "MANAGERS"], "budget": 60000, "startMonth": 1%s}""";
    private static final String CO_DESIGN = """
              ,{"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "budget": 30000, "startMonth": 1%s}""";

    @Test
    void aCommunityOfPracticeOfUnknownLengthIsAskedAboutNotCalledMissing() throws Exception {
        List<String> none = items("");
        assertTrue(none.contains("rec.mech-1.1.practice"), none::toString);
        List<String> unsized = items(PRACTICE.formatted(""));
        assertFalse(unsized.contains("rec.mech-1.1.practice"), unsized::toString);
        assertTrue(unsized.contains("gap.activity-size"), unsized::toString);
        assertFalse(unsized.contains("strength.practice-community"), unsized::toString);
        List<String> sized = items(PRACTICE.formatted(", \"endMonth\": 24"));
        assertFalse(sized.contains("rec.mech-1.1.practice"), sized::toString);
        assertTrue(sized.contains("strength.practice-community"), sized::toString);
    }

    @Test
    void coDesignOfUnknownLengthIsAskedAboutNotCalledMissing() throws Exception {
        List<String> none = items("");
        assertTrue(none.contains("gap.claims.users-co-design"), none::toString);
        List<String> unsized = items(CO_DESIGN.formatted(""));
        assertFalse(unsized.contains("gap.claims.users-co-design"), unsized::toString);
        assertTrue(unsized.contains("gap.activity-size"), unsized::toString);
        assertFalse(unsized.contains("strength.co-production"), unsized::toString);
        List<String> sized = items(CO_DESIGN.formatted(", \"endMonth\": 12"));
        assertTrue(sized.contains("strength.co-production"), sized::toString);
    }
}
