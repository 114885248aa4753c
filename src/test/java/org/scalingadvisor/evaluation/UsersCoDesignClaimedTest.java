package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users' co-design counts when something the plan does of known size is for them: said to co-design, in a plan
 * with no such activity, it is a claim, asked about (which activity has them designing? SCIE-I08), neither praised
 * nor answered with advice to start co-producing; a token for them changes nothing; one substantive activity with
 * them lifts it. A plan that lists no activities is asked for them, not judged.
 */
class UsersCoDesignClaimedTest {

    private static final String STAKEHOLDERS = """
            "stakeholders": [
              {"group": "SERVICE_USERS", "role": "CO_PRODUCING", "network": "MODERATE"},
              {"group": "USER_NETWORKS", "role": "INVOLVED", "network": "MODERATE"},
              {"group": "CLINICIANS", "role": "LEADING", "network": "STRONG"}
            ]""";

    private static final String FOR_CLINICIANS = """
              {"type": "TRAINING", "audiences": ["CLINICIANS"], "budget": 40000, "startMonth": 1, "endMonth": 20, "sites": 7},
              {"type": "WORKFORCE_REDESIGN", "audiences": ["CLINICIANS"], "budget": 200000, "startMonth": 2, "endMonth": 24, "sites": 7}""";

    private static final String FOR_USERS = """
              ,{"type": "CO_DESIGN", "audiences": ["SERVICE_USERS", "USER_NETWORKS"], "budget": 20000, "startMonth": 1, "endMonth": 12}""";

    private static List<String> items(String activities) throws Exception {
        String plan = """
                {"title": "Peer-run hubs", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"nature": "RADICAL", "changesPowerRelationships": true},
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 %s,
                 "activities": [%s]}""".formatted(STAKEHOLDERS, activities);
        return PlanItems.of(plan);
    }

    private static final String TOKEN_FOR_USERS = """
              ,{"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "budget": 0, "startMonth": 1, "endMonth": 1}""";

    @Test
    void coDesignNothingOfKnownSizeDeliversIsAskedAboutNotPraised() throws Exception {
        for (String activities : List.of(FOR_CLINICIANS, FOR_CLINICIANS + TOKEN_FOR_USERS)) {
            List<String> claimed = items(activities);
            assertTrue(claimed.contains("gap.claims.users-co-design"), claimed::toString);
            assertFalse(claimed.contains("rec.scie-i08.co-production"), claimed::toString);
            assertFalse(claimed.contains("strength.co-production"), claimed::toString);
        }
        List<String> delivered = items(FOR_CLINICIANS + FOR_USERS);
        assertFalse(delivered.contains("gap.claims.users-co-design"), delivered::toString);
        assertTrue(delivered.contains("strength.co-production"), delivered::toString);
    }

    /** A community of practice people who use services belong to, said to work with co-design methods. */
    private static final String COMMUNITY_WITH_USERS = """
              ,{"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS", "SERVICE_USERS"], "budget": 30000, "startMonth": 2, "endMonth": 24}""";

    @Test
    void aCommunityOfPracticeWithUsersThatCoDesignsIsTheirCoDesign() throws Exception {
        String methods = "\"communities\": {\"practice\": {\"exists\": true, \"facilitated\": true, \"coDesignMethods\": %s}},";
        List<String> coDesigning = itemsWith(methods.formatted("true"), FOR_CLINICIANS + COMMUNITY_WITH_USERS);
        assertFalse(coDesigning.contains("gap.claims.users-co-design"), coDesigning::toString);
        assertTrue(coDesigning.contains("strength.co-production"), coDesigning::toString);
        // Without co-design methods it is a community they belong to, not design work; for clinicians alone it is not theirs.
        List<String> talking = itemsWith(methods.formatted("false"), FOR_CLINICIANS + COMMUNITY_WITH_USERS);
        assertTrue(talking.contains("gap.claims.users-co-design"), talking::toString);
        List<String> staffOnly = itemsWith(methods.formatted("true"), FOR_CLINICIANS + COMMUNITY_WITH_USERS.replace(", \"SERVICE_USERS\"", ""));
        assertTrue(staffOnly.contains("gap.claims.users-co-design"), staffOnly::toString);
        // A community with nothing to run on is a token: it is nobody's co-design.
        List<String> token = itemsWith(methods.formatted("true"), FOR_CLINICIANS + COMMUNITY_WITH_USERS.replace("30000", "0"));
        assertTrue(token.contains("gap.claims.users-co-design"), token::toString);
        assertFalse(token.contains("strength.co-production"), token::toString);
    }

    private static List<String> itemsWith(String communities, String activities) throws Exception {
        String plan = """
                {"title": "Peer-run hubs", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"nature": "RADICAL", "changesPowerRelationships": true},
                 "approach": {"userInvolvement": "CO_DESIGNING"}, %s
                 %s,
                 "activities": [%s]}""".formatted(communities, STAKEHOLDERS, activities);
        return PlanItems.of(plan);
    }

    @Test
    void aPlanWithNoActivitiesIsAskedNotJudged() throws Exception {
        String plan = """
                {"title": "Peer-run hubs", "stage": "EARLY_SPREAD",
                 "innovation": {"nature": "RADICAL", "changesPowerRelationships": true},
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 %s}""".formatted(STAKEHOLDERS);
        List<String> items = PlanItems.of(plan);
        assertFalse(items.contains("rec.scie-i08.co-production"), items::toString);
        assertTrue(items.contains("gap.activities"), items::toString);
    }
}
