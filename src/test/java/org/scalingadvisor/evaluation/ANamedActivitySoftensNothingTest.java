package org.scalingadvisor.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An activity the plan only names ("Staff training.", "Community of practice."), with no months, budget or sites
 * where the plan dates and budgets its other work, is a label: it shows what the plan means to do, not that it does
 * it, so it neither clears nor softens Myth 1 (issue 18: a label is a claim like any other; less detail never gets
 * kinder advice). Seen on a draft written to game a checker: four one-line activities turned NOT_READY into
 * NEEDS_WORK (the nineteenth sealed review, Gentle Hours). Of unknown size but dated, the same work is asked about and
 * weighs as a token does (InstructionBesideSomeSupportTest).
 */
class ANamedActivitySoftensNothingTest {

    private static final String PLAN = """
            {"title": "Sensory sessions in every care home", "stage": "EARLY_SPREAD", "durationMonths": 18,
             "innovation": {"name": "Sensory sessions", "nature": "RADICAL", "changesProfessionalRoles": true, "evidence": "BEFORE_AFTER"},
             "scale": {"targetAdopters": 30},
             "activities": [
               {"type": "WEBSITE", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 18, "budget": 8000},
               {"type": "NEWSLETTER", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 18, "budget": 2000},
               {"type": "CONFERENCE", "audiences": ["MANAGERS"], "startMonth": 12, "endMonth": 12, "budget": 6000}
               %s],
             "stakeholders": [{"group": "MANAGERS", "role": "INFORMED"}]}""";

    private static Evaluation evaluate(String added) throws Exception {
        return PlanItems.evaluation(PLAN.formatted(added));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ", {\"type\": \"TRAINING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"description\": \"Staff training.\"}",
            ", {\"type\": \"COMMUNITY_OF_PRACTICE\", \"audiences\": [\"MANAGERS\"], \"description\": \"Community of practice.\"}",
            ", {\"type\": \"COACHING\", \"audiences\": [\"MANAGERS\"]}, {\"type\": \"TRAINING\", \"audiences\": [\"FRONTLINE_STAFF\"]}"})
    void namingSupportNeverSoftensMyth1(String labels) throws Exception {
        Evaluation without = evaluate("");
        Evaluation with = evaluate(labels);
        Evaluation.Item before = PlanItems.item(without, "myth-1.diagnosis");
        Evaluation.Item after = PlanItems.item(with, "myth-1.diagnosis");
        assertEquals(before.priority().band(), after.priority().band(), labels);
        assertTrue(after.priority().score() >= before.priority().score(), labels + ": " + after.priority());
        assertEquals(without.summary().verdict(), with.summary().verdict(), labels);
    }
}
