package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where Myth 1 is diagnosed and the support for adopters has no size, the first action asks for the size and to build
 * the help where it proves thin: a planner reads the title first, and a title that only asks for a figure reads as
 * form-filling (the twenty-fifth tuning review: "the first action asks the planner to declare, not to fix").
 */
class AFirstActionBuildsTest {

    private static final String PLAN = """
            {"title": "PrEP on campus", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"changesProfessionalRoles": true},
             "activities": [
               {"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12, "budget": 5000},
               {"type": "WEBSITE", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 20, "budget": 20000},
               {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0}]}""";

    @Test
    void theAnswerToUnsizedSupportSaysBuildIt() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        Evaluation.Item answer = PlanItems.item(evaluation, "rec.myth-1.size-the-support");
        assertTrue(answer.title().contains("build"), answer::title);
    }
}
