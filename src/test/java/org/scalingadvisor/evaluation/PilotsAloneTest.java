package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pilot programmes alone seldom spread an innovation (Against the Odds, "Traditional approaches"). A plan whose support,
 * funding and peer learning reach only its pilot sites is asked who adopts beyond them and what helps them; support of
 * known size reaching further, or a target the pilots already meet, answers it, and support of unknown reach does not.
 * (Three real pilot programmes in the calibration corpus, seven test-and-learn sites among them, drew no such advice:
 * the only rule citing the warning fired where nothing at all worked with adopters.)
 */
class PilotsAloneTest {

    private static final String PLAN = """
            {"title": "Test-and-learn sites", "stage": "PILOT", "durationMonths": 24, %s
             "innovation": {"name": "Green social prescribing", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
             "activities": [
               {"type": "PILOT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 400000, "sites": 7},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 200000%s},
               {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 60000, "sites": 7}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}, {"group": "SERVICE_USERS", "role": "CO_PRODUCING"}]}""";

    private static final String ASKED = "gap.past-the-pilot-sites";

    @Test
    void supportThatStopsAtThePilotSitesIsAskedAbout() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("", ", \"sites\": 7"));
        assertTrue(PlanItems.ids(evaluation).contains(ASKED), PlanItems.ids(evaluation).toString());
        assertTrue(PlanItems.item(evaluation, ASKED).refs().contains("ATO-R4"));
    }

    @Test
    void supportOfUnknownReachDoesNotAnswerIt() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("", ""));
        assertTrue(PlanItems.ids(evaluation).contains(ASKED), PlanItems.ids(evaluation).toString());
    }

    @Test
    void supportReachingPastThePilotsAnswersIt() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("", ", \"sites\": 40"));
        assertFalse(PlanItems.ids(evaluation).contains(ASKED), PlanItems.ids(evaluation).toString());
    }

    @Test
    void aTargetThePilotsMeetAnswersIt() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("\"scale\": {\"targetAdopters\": 7},", ", \"sites\": 7"));
        assertFalse(PlanItems.ids(evaluation).contains(ASKED), PlanItems.ids(evaluation).toString());
    }
}
