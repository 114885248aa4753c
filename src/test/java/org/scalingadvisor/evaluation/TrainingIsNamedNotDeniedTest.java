package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that instructs adopters and trains them, with no hands-on help, leans on instruction (Albury, Myth 1), but it
 * is not the extreme form, instruction with nothing at all for the organisations told to adopt: its sign names the
 * course and says what is missing (hands-on help or money), never "no support" beside a training budget (the eighteenth
 * sealed review: "telling a ministry it has no support will lose the reader"). Like telling beside a course of known size
 * (sign.myth-1.training-only), the diagnosis stays HIGH: of the plans in the calibration corpus whose only critical item
 * was command and control beside such a course, the independent writers signed three NEEDS_WORK, and the one signed
 * NOT_READY was signed so for its evidence and learning, with Myth 1 not among its myths (issue 18, twenty-fourth
 * session). A course of unknown size is no such course: less detail never gets the milder sign.
 */
class TrainingIsNamedNotDeniedTest {

    private static final String PLAN = """
            {"title": "Supervision circles for community health workers", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Supervision circles", "nature": "RADICAL", "changesProfessionalRoles": true, "evidence": "BEFORE_AFTER"},
             "scale": {"targetAdopters": 112},
             "activities": [
               {"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 1},
               {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24},
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 1, %s "budget": 900000}],
             "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INFORMED"}, {"group": "POLICY_MAKERS", "role": "LEADING"}]}""";

    @Test
    void instructionBesideACourseOfKnownSizeNamesTheCourseAndStaysHigh() throws Exception {
        Evaluation.Item myth = PlanItems.item(PlanItems.evaluation(PLAN.formatted("\"endMonth\": 18,")), "myth-1.diagnosis");
        Evaluation.Sign sign = myth.signs().stream()
                .filter(s -> s.id().equals("sign.myth-1.instruction-and-training")).findFirst().orElseThrow(() -> new AssertionError(myth.toString()));
        assertFalse(sign.text().contains("no support"), sign.text());
        assertTrue(sign.text().contains("training course"), sign.text());
        assertTrue(myth.signs().stream().noneMatch(s -> s.id().equals("myth-1.command-and-control")), myth::toString);
        assertEquals("HIGH", myth.priority().band(), myth::toString);
    }

    @Test
    void aCourseOfUnknownSizeIsNoCourseAndLeavesCommandAndControl() throws Exception {
        Evaluation.Item sized = PlanItems.item(PlanItems.evaluation(PLAN.formatted("\"endMonth\": 18,")), "myth-1.diagnosis");
        Evaluation.Item unsized = PlanItems.item(PlanItems.evaluation(PLAN.formatted("")), "myth-1.diagnosis");
        assertTrue(unsized.signs().stream().anyMatch(s -> s.id().equals("myth-1.command-and-control")), unsized::toString);
        assertTrue(unsized.priority().score() > sized.priority().score(), () -> unsized + " vs " + sized);
    }
}
