package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reflective learning is the team's own work (SCIE-I03): an evaluation or a regular review of progress run by the
 * innovators delivers the learning a plan claims, where work for innovators alone is not spread work. The
 * twenty-fourth sealed review: a challenge fund with a quarterly review of its funded projects (£5,000, months 3 to
 * 15, for the innovators) was told "iterative review: yes, but nothing in the plan does it yet".
 */
class TheTeamReviewsItsOwnWorkTest {

    private static final String PLAN = """
            {"title": "Listening challenge", "stage": "EARLY_SPREAD", "durationMonths": 18,
             "learning": {"iterativeReview": true},
             "activities": [
               {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS"], "startMonth": 3, "endMonth": 15, "budget": 600000},
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 3, "endMonth": 15, "budget": 90000},
               {"type": "LEARNING_REVIEW", "audiences": [%s], "startMonth": 3, "endMonth": %d, "budget": 40000}]}""";

    @Test
    void aReviewByTheInnovatorsDeliversTheClaimedReview() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("\"INNOVATORS\"", 15));
        assertFalse(ids.contains("gap.claims.learning"), ids::toString);
    }

    @Test
    void aTokenReviewStillDeliversNothing() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("\"INNOVATORS\"", 3));
        assertTrue(ids.contains("gap.claims.learning"), ids::toString);
    }
}
