package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.Ruleset;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Principles of the seeds that must hold on any plan, each written as the smallest plan that shows it:
 * pilots and targets alone are not enough (ATO-2018), what the plan leaves unsaid is asked, never asserted,
 * and support counts for whoever adopts, citizens included (Albury, Myths 1 and 5).
 */
class AdviceFitsThePlanTest {

    private static Ruleset rules;
    private static final Evaluator EVALUATOR = new Evaluator();

    @BeforeAll
    static void load() {
        rules = LeanOutcomeTest.rules();
    }

    private static List<String> items(String plan) throws Exception {
        return EVALUATOR.outcome(new PlanReader().read(plan.getBytes(StandardCharsets.UTF_8)), rules).items();
    }

    private static final String INSTRUCTED = """
            {"title": "Damp checks in every council home", "stage": "EARLY_SPREAD", "durationMonths": 12,
             "activities": [
               {"type": "MANDATE", "audiences": ["FRONTLINE_STAFF", "MANAGERS"], "startMonth": 0, "endMonth": 12},
               {"type": "TARGET", "audiences": ["MANAGERS"], "startMonth": 1, "endMonth": 12}%s]}""";

    @Test
    void instructionAndTargetsAloneDrawTheAgainstTheOddsCaution() throws Exception {
        assertTrue(items(INSTRUCTED.formatted("")).contains("rec.ato-r4.beyond-pilots"));
    }

    @Test
    void supportOfUnknownSizeIsAskedAboutNotCalledMissing() throws Exception {
        List<String> unsized = items(INSTRUCTED.formatted("""
                , {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 1}"""));
        assertFalse(unsized.contains("rec.ato-r4.beyond-pilots"), unsized::toString);
        assertTrue(unsized.contains("gap.activity-size"), unsized::toString);
    }

    @Test
    void aPurchaseIsNotWorkWithTheAdoptingTeams() throws Exception {
        List<String> bought = items(INSTRUCTED.formatted("""
                , {"type": "INFRASTRUCTURE", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 12}"""));
        assertTrue(bought.contains("rec.ato-r4.beyond-pilots"), bought::toString);
    }

    @Test
    void valueForMoneyLeftUnsaidIsAskedNotAsserted() throws Exception {
        List<String> sold = items("""
                {"title": "A medicines app sold to practices", "stage": "EARLY_SPREAD",
                 "approach": {"routes": ["MARKET_GROWTH"]}, "scale": {"targetAdopters": 40, "currentAdopters": 5}}""");
        assertTrue(sold.contains("gap.dvf.viable"), sold::toString);
        assertFalse(sold.contains("rec.dvf.viable"), sold::toString);
    }

    @Test
    void citizensWhoAdoptAndAreSupportedAreNotToldTheyLackSupport() throws Exception {
        String plan = """
                {"title": "Blood-pressure checks in barbershops", "stage": "EARLY_SPREAD", "durationMonths": 30,
                 "innovation": {"nature": "INCREMENTAL", "changesPowerRelationships": true},
                 "activities": [
                   {"type": "TRAINING", "audiences": ["CITIZENS"], "budget": 18000, "startMonth": 0, "endMonth": 30},
                   {"type": "COACHING", "audiences": ["CITIZENS"], "budget": 15000, "startMonth": 1, "endMonth": 30},
                   {"type": "PEER_SUPPORT", "audiences": ["CITIZENS"], "budget": 4000, "startMonth": 0, "endMonth": 30},
                   {"type": "CASE_FOR_CHANGE", "audiences": ["CITIZENS", "CLINICIANS"], "budget": 1500, "startMonth": 0, "endMonth": 6}%s]}""";
        List<String> supported = items(plan.formatted(""));
        assertFalse(supported.contains("myth-1.diagnosis"), supported::toString);
        List<String> clinicsInstructed = items(plan.formatted("""
                , {"type": "MANDATE", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 30}"""));
        assertTrue(clinicsInstructed.contains("myth-1.diagnosis"), clinicsInstructed::toString);
    }
}
