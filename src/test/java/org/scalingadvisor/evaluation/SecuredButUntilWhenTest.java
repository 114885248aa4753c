package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money for spread that the plan says is secured, and shows paying adopters, but with neither a funding model nor an
 * end given, may stop at any time: unknown is never read as money that lasts, so the plan is asked until when, and who pays after (gap.funding-until, a question of weight)
 * (SCIE-E08, DVF-3). Seen on PERIPrem, whose backfill for two posts in each trust drew no question about what happens
 * when it stops (issue 18, the nineteenth tuning review). Naming the model that keeps paying answers it.
 */
class SecuredButUntilWhenTest {

    private static String plan(String model) {
        return """
                {"title": "Preterm care bundle across a region", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Perinatal care bundle", "nature": "INCREMENTAL", "evidence": "CONTROLLED", "evidenceShows": "BENEFIT"},
                 "resources": {"fundingForSpreadSecured": true %s},
                 "activities": [
                   {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 600000},
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 24, "budget": 200000},
                   {"type": "CO_DESIGN", "audiences": ["FAMILIES", "CLINICIANS"], "startMonth": 0, "endMonth": 24, "budget": 40000}],
                 "stakeholders": [{"group": "FAMILIES", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(model);
    }

    @Test
    void securedWithNoModelAndNoEndIsAskedWhoPaysAfter() throws Exception {
        List<String> ids = PlanItems.of(plan(""));
        assertTrue(ids.contains("gap.funding-until"), ids.toString());
    }

    @Test
    void aModelThatKeepsPayingAnswersIt() throws Exception {
        List<String> ids = PlanItems.of(plan(", \"fundingModel\": \"COMMISSIONED\""));
        assertFalse(ids.contains("gap.funding-until"), ids.toString());
    }
}
