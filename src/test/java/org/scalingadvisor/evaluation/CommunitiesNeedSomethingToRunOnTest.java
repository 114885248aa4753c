package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A community of practice, an adopter network or co-design is cheap beside training or funding, so a small budget
 * does not make it a token: its months say how real it is. But a budget of nothing is nothing to run it on (a chat
 * channel at no cost is not hands-on help), and where the plan gives budgets, one whose budget is left out is of
 * unknown size: it clears no myth, as a token does not (less detail never gets kinder advice).
 */
class CommunitiesNeedSomethingToRunOnTest {

    /** An instruction and a target across nine trusts, told about at a conference, with a community for clinicians. */
    private static Evaluation plan(String communityBudget) throws Exception {
        return PlanItems.evaluation(planText(communityBudget));
    }

    private static String planText(String communityBudget) {
        return """
                {"title": "Questions at every contact", "stage": "SCALING", "durationMonths": 18,
                 "innovation": {"nature": "INCREMENTAL", "changesProfessionalRoles": false},
                 "stakeholders": [{"group": "CLINICIANS", "role": "INVOLVED", "network": "STRONG"}],
                 "activities": [
                   {"type": "MANDATE", "audiences": ["PROVIDERS"], "budget": 0, "startMonth": 0, "endMonth": 0, "sites": 9},
                   {"type": "TARGET", "audiences": ["PROVIDERS", "MANAGERS"], "budget": 0, "startMonth": 2, "endMonth": 18, "sites": 9},
                   {"type": "CONFERENCE", "audiences": ["CLINICIANS", "MANAGERS"], "budget": 15000, "startMonth": 1, "endMonth": 1},
                   {"type": "WEBSITE", "audiences": ["CLINICIANS"], "budget": 8000, "startMonth": 1, "endMonth": 18},
                   {"type": "PROGRESS_TRACKING", "budget": 10000, "startMonth": 2, "endMonth": 18, "sites": 9},
                   {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS", "MANAGERS"], "startMonth": 6, "endMonth": 18%s}
                 ]}""".formatted(communityBudget);
    }

    @Test
    void aCommunityWithNoMoneyOrAPoundIsAToken() throws Exception {
        for (String budget : List.of(", \"budget\": 0", ", \"budget\": 1")) {
            Evaluation free = plan(budget);
            List<String> ids = PlanItems.ids(free);
            assertTrue(free.summary().myths().contains("MYTH-1"), budget + ": " + ids);
            assertTrue(PlanItems.item(free, "myth-1.diagnosis").priority().contributions().stream()
                    .anyMatch(c -> c.ruleId().equals("sign.myth-1.token-support")), budget + ": " + ids);
        }
    }

    /**
     * Whatever the plan's other budgets (all of nothing, or none but the community's own), leaving the community's
     * budget out gains nothing; a plan where no activity gives a budget is judged by what it gives and says so.
     */
    @Test
    void leavingTheCommunitysBudgetOutNeverClearsTheMyth() throws Exception {
        for (String others : List.of("\"budget\": 0, ", "")) {
            for (String community : List.of(", \"budget\": 0", "")) {
                String plan = """
                        {"title": "Questions at every contact", "stage": "SCALING", "durationMonths": 18,
                         "activities": [
                           {"type": "MANDATE", "audiences": ["PROVIDERS"], %1$s"startMonth": 0, "endMonth": 0},
                           {"type": "TARGET", "audiences": ["PROVIDERS"], %1$s"startMonth": 2, "endMonth": 18},
                           {"type": "WEBSITE", "audiences": ["CLINICIANS"], %1$s"startMonth": 1, "endMonth": 18},
                           {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS"], "startMonth": 6, "endMonth": 18%2$s}
                         ]}""".formatted(others, community);
                Evaluation evaluation = PlanItems.evaluation(plan);
                if (others.isEmpty() && community.isEmpty()) {
                    // No activity gives a budget: the plan is judged by what it gives, and told what is assumed.
                    assertTrue(PlanItems.ids(evaluation).contains("gap.activity-size-assumed"), PlanItems.ids(evaluation)::toString);
                    continue;
                }
                assertTrue(evaluation.summary().myths().contains("MYTH-1"), others + community + ": " + PlanItems.ids(evaluation));
            }
        }
    }

    @Test
    void aCommunityWhoseBudgetIsLeftOutIsOfUnknownSizeWhereThePlanGivesBudgets() throws Exception {
        Evaluation unsaid = plan("");
        List<String> ids = PlanItems.ids(unsaid);
        assertTrue(unsaid.summary().myths().contains("MYTH-1"), ids::toString);
        assertTrue(ids.contains("gap.activity-size"), ids::toString);
    }

    /** Cheap beside the plan's other work (about 1% of its budget), but money enough for each month it meets. */
    @Test
    void aCheapCommunityThatMeetsForMonthsIsReal() throws Exception {
        Evaluation cheap = PlanItems.evaluation(planText(", \"budget\": 1500").replace("\"budget\": 15000", "\"budget\": 150000"));
        assertFalse(cheap.summary().myths().contains("MYTH-1"), PlanItems.ids(cheap)::toString);
    }
}
