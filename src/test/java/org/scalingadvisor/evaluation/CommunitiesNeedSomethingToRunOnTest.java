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
        return PlanItems.evaluation("""
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
                 ]}""".formatted(communityBudget));
    }

    @Test
    void aCommunityWithNoMoneyIsAToken() throws Exception {
        Evaluation free = plan(", \"budget\": 0");
        List<String> ids = PlanItems.ids(free);
        assertTrue(free.summary().myths().contains("MYTH-1"), ids::toString);
        assertTrue(ids.contains("sign.myth-1.token-support") || ids.contains("myth-1.diagnosis"), ids::toString);
        assertTrue(PlanItems.item(free, "myth-1.diagnosis").priority().contributions().stream()
                .anyMatch(c -> c.ruleId().equals("sign.myth-1.token-support")), ids::toString);
    }

    @Test
    void aCommunityWhoseBudgetIsLeftOutIsOfUnknownSizeWhereThePlanGivesBudgets() throws Exception {
        Evaluation unsaid = plan("");
        List<String> ids = PlanItems.ids(unsaid);
        assertTrue(unsaid.summary().myths().contains("MYTH-1"), ids::toString);
        assertTrue(ids.contains("gap.activity-size"), ids::toString);
    }

    @Test
    void aCheapCommunityThatMeetsForMonthsIsReal() throws Exception {
        Evaluation cheap = plan(", \"budget\": 300");
        assertFalse(cheap.summary().myths().contains("MYTH-1"), PlanItems.ids(cheap)::toString);
    }
}
