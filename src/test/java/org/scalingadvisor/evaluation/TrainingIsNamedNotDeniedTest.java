package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that instructs adopters and trains them, with no hands-on help, shows command and control (Albury, Myth 1):
 * but the sign must not tell it that it shows "no support" beside its training budget. It says what is missing
 * (hands-on help or money) and that a course alone seldom changes how teams work. Seen on a national roll-out by
 * circular with GBP 900,000 of cascade training (issue 18, the eighteenth sealed review: "telling a ministry it has
 * no support will lose the reader").
 */
class TrainingIsNamedNotDeniedTest {

    private static final String PLAN = """
            {"title": "Supervision circles for community health workers", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Supervision circles", "nature": "RADICAL", "changesProfessionalRoles": true, "evidence": "BEFORE_AFTER"},
             "scale": {"targetAdopters": 112},
             "activities": [
               {"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 1},
               {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24},
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 1, "endMonth": 18, "budget": 900000}],
             "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INFORMED"}, {"group": "POLICY_MAKERS", "role": "LEADING"}]}""";

    @Test
    void commandAndControlBesideTrainingSaysWhatIsMissing() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        Evaluation.Sign sign = PlanItems.item(evaluation, "myth-1.diagnosis").signs().stream()
                .filter(s -> s.id().equals("myth-1.command-and-control")).findFirst().orElseThrow();
        assertFalse(sign.text().contains("no support"), sign.text());
        assertTrue(sign.text().contains("training course"), sign.text());
    }
}
