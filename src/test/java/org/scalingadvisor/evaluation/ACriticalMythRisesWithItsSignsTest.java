package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every score moves in small steps with the numbers it reads (issue 18, property 3). A myth whose signs fall short of
 * the critical line is held just below CRITICAL however many modifiers apply; once its signs pass the line it rises by
 * as many points as they pass it, not by the modifiers the ceiling had held back. Found when the corpus grew: a
 * training course moved one month later became a token, a 15-point sign gave way to a 25-point one, and Myth 1 went
 * from 74 to 100.
 */
class ACriticalMythRisesWithItsSignsTest {

    private static final String PLAN = """
            {"title": "Group consultations paid by tariff", "planType": "INNOVATION", "stage": "SCALING", "durationMonths": 12,
             "innovation": {"name": "Group consultations", "nature": "INCREMENTAL", "changesProfessionalRoles": true},
             "approach": {"routes": ["TRANSFER"]},
             "stakeholders": [{"group": "CLINICIANS", "role": "INVOLVED"}, {"group": "MANAGERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "TARIFF", "audiences": ["PROVIDERS"], "budget": 240000, "startMonth": 0, "endMonth": 12},
               {"type": "TARGET", "audiences": ["MANAGERS"], "budget": 0, "startMonth": 0, "endMonth": 12},
               {"type": "WEBINAR", "audiences": ["CLINICIANS", "MANAGERS"], "budget": 1500, "startMonth": 1, "endMonth": 2},
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF", "CLINICIANS"], "budget": 12000, "startMonth": %d, "endMonth": 6}]}""";

    @Test
    void aCourseBecomingATokenMovesTheMythByOneSignsStep() throws Exception {
        Evaluation.Item course = PlanItems.item(PlanItems.evaluation(PLAN.formatted(5)), "myth-1.diagnosis");
        Evaluation.Item token = PlanItems.item(PlanItems.evaluation(PLAN.formatted(6)), "myth-1.diagnosis");
        assertEquals("HIGH", course.priority().band());
        assertEquals("CRITICAL", token.priority().band());
        assertTrue(token.priority().score() - course.priority().score() <= 10,
                course.priority().score() + " -> " + token.priority().score());
    }
}
