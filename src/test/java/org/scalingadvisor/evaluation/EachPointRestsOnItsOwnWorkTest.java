package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each point rests on the plan's own work and is made once: adopters said to co-design are praised only where
 * design work of known size has them take part (Albury, Myth 3; Mechanism 1.2); the question about users said to
 * co-design names that answer, not every activity the plan lists; who pays after a funding cliff is asked once,
 * by the cliff (SCIE-2020, E08).
 */
class EachPointRestsOnItsOwnWorkTest {

    private static final String OUTSET = """
            {"title": "Falls pathway across nine stations", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "approach": {"spreadPlanningStarts": "AT_OUTSET", "adopterInvolvement": "CO_DESIGNING"},
             "activities": [
               {"type": "WEBINAR", "audiences": ["CLINICIANS"], "budget": 6000, "startMonth": 1, "endMonth": 12},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 9, "startMonth": 2, "endMonth": 24},
               %s]}""";

    @Test
    void adoptersSaidToCoDesignArePraisedOnlyWhereDesignWorkOfKnownSizeHasThemTakePart() throws Exception {
        List<String> token = PlanItems.of(OUTSET.formatted("""
                {"type": "CO_DESIGN", "audiences": ["CLINICIANS"], "budget": 0, "startMonth": 1, "endMonth": 1}"""));
        assertFalse(token.contains("strength.spread-from-outset"), token::toString);
        List<String> withUsersOnly = PlanItems.of(OUTSET.formatted("""
                {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "budget": 20000, "startMonth": 0, "endMonth": 6}"""));
        assertFalse(withUsersOnly.contains("strength.spread-from-outset"), withUsersOnly::toString);
        List<String> worked = PlanItems.of(OUTSET.formatted("""
                {"type": "CO_DESIGN", "audiences": ["CLINICIANS", "PROVIDERS"], "budget": 20000, "startMonth": 0, "endMonth": 6}"""));
        assertTrue(worked.contains("strength.spread-from-outset"), worked::toString);
    }

    @Test
    void theQuestionAboutUsersSaidToCoDesignNamesThatAnswerNotEveryActivity() throws Exception {
        String plan = """
                {"title": "Peer groups in every neighbourhood", "stage": "SCALING",
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 "activities": [
                   {"id": "hub", "type": "WEBSITE", "audiences": ["CITIZENS"], "budget": 60000, "startMonth": 0, "endMonth": 24, "description": "Hub site"},
                   {"id": "films", "type": "CASE_STUDY", "audiences": ["CITIZENS"], "budget": 45000, "startMonth": 2, "endMonth": 20, "description": "Six films"},
                   {"id": "afternoon", "type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "budget": 500, "startMonth": 2, "endMonth": 2, "description": "Co-design afternoon"}]}""";
        Evaluation.Item question = PlanItems.item(PlanItems.evaluation(plan), "gap.claims.users-co-design");
        String about = String.join(" | ", question.about());
        assertTrue(about.contains("user involvement: co-designing"), about);
        assertFalse(about.contains("Hub site") || about.contains("Six films"), about);
    }

    @Test
    void whoPaysAfterAFundingCliffIsAskedOnceByTheCliff() throws Exception {
        String plan = """
                {"title": "Home before noon", "stage": "SCALING", "durationMonths": 12,
                 "resources": {"fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 12},
                 "activities": [
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 6, "startMonth": 0, "endMonth": 18}]}""";
        List<String> ids = PlanItems.of(plan);
        assertTrue(ids.contains("rec.scie-e08.funding-cliff"), ids::toString);
        assertEquals(1, ids.stream().filter(i -> i.equals("rec.scie-e08.funding-cliff") || i.equals("gap.funding-after")).count(), ids::toString);
    }

    private static final String SERVICE_BOUGHT = """
            {"title": "Community paramedic drop-ins", "stage": "SUSTAINING", "durationMonths": 24,
             "learning": {"evaluationPlanned": true, "iterativeReview": true, "scalingFramework": true},
             "activities": [
               {"type": "%s", "audiences": ["PROVIDERS"], "budget": 2400000, "sites": 48, "startMonth": 0, "ongoing": true},
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 180000, "startMonth": 0, "ongoing": true},
               {"type": "PROGRESS_TRACKING", "audiences": ["PROVIDERS"], "startMonth": 0, "ongoing": true},
               {"type": "EVALUATION", "audiences": ["COMMISSIONERS"], "budget": %d, "startMonth": 12, "endMonth": 24}]}""";

    @Test
    void aServicesRunningCostDoesNotMakeAYearsEvaluationAToken() throws Exception {
        // Commissioning is sized by its months: its money buys the service, and is no yardstick for other work.
        List<String> bought = PlanItems.of(SERVICE_BOUGHT.formatted("COMMISSIONING", 40000));
        assertFalse(bought.contains("gap.claims.learning"), bought::toString);
        assertTrue(bought.contains("strength.learning"), bought::toString);
        // Beside that much hands-on work, an evaluation of £12,000 is a sliver: asked, not praised.
        List<String> sliver = PlanItems.of(SERVICE_BOUGHT.formatted("IMPLEMENTATION_SUPPORT", 12000));
        assertTrue(sliver.contains("gap.claims.learning"), sliver::toString);
        assertFalse(sliver.contains("strength.learning"), sliver::toString);
    }

    @Test
    void highTurnoverAnsweredByTrainingThatRunsOnIsNotToldToBuildInduction() throws Exception {
        String plan = """
                {"title": "Kangaroo care across eleven units", "stage": "SUSTAINING", "durationMonths": 36,
                 "resources": {"staffTurnover": "HIGH"},
                 "activities": [
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 180000, "sites": 11, "startMonth": 0, %s},
                   {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "budget": 220000, "sites": 11, "startMonth": 0, "ongoing": true}]}""";
        List<String> rolling = PlanItems.of(plan.formatted("\"ongoing\": true"));
        assertFalse(rolling.contains("rec.scie-i12.turnover"), rolling::toString);
        assertTrue(rolling.contains("rec.scie-i12.turnover-keep-training"), rolling::toString);
        List<String> once = PlanItems.of(plan.formatted("\"endMonth\": 6"));
        assertTrue(once.contains("rec.scie-i12.turnover"), once::toString);
        assertFalse(once.contains("rec.scie-i12.turnover-keep-training"), once::toString);
    }

    @Test
    void leavingOutTheSizeOfTheWorkThatGivesAdoptersCapacityNeverSwapsInAnotherStrength() throws Exception {
        String plan = """
                {"title": "Drop-ins run by community paramedics", "stage": "SCALING", "durationMonths": 24,
                 "enablers": {"adopterCapacity": true},
                 "activities": [
                   {"type": "PEER_SUPPORT", "audiences": ["FRONTLINE_STAFF"], "budget": 60000, "startMonth": 0, "ongoing": true},
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 180000, "startMonth": 0, "ongoing": true},
                   {"type": "COACHING", "audiences": ["MANAGERS"], %s "startMonth": 2, "endMonth": 20}]}""";
        List<String> sized = PlanItems.of(plan.formatted("\"budget\": 30000,"));
        assertTrue(sized.contains("strength.adopter-capacity"), sized::toString);
        List<String> unsized = PlanItems.of(plan.formatted(""));
        assertFalse(unsized.contains("strength.adopter-capacity"), unsized::toString);
        assertFalse(unsized.contains("strength.spread.supported") && !sized.contains("strength.spread.supported"), unsized::toString);
    }
}
