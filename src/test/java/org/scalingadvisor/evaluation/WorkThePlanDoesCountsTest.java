package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the plan does, of known size, changes the advice: an evaluation it runs is asked about, not ignored; users
 * whose networks it mobilises are not told they are only consulted; leaders who mandate or pay are not asked what
 * they do; and a movement built among professionals alone shows Myth 5 (Albury, Myths 1 and 5; SCIE-I01, I08).
 */
class WorkThePlanDoesCountsTest {

    private static final String SPREADING = """
            {"title": "Group therapy for insomnia across community teams", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
             "approach": {"userInvolvement": "CO_DESIGNING"},
             "enablers": {"leadershipSupport": "ACTIVE"},
             "activities": [
               {"type": "COACHING", "audiences": ["CLINICIANS"], "budget": 40000, "startMonth": 0, "endMonth": 24}%s]}""";

    @Test
    void anEvaluationThePlanRunsIsAskedAboutNotIgnored() throws Exception {
        List<String> without = PlanItems.of(SPREADING.formatted(""));
        assertTrue(without.contains("rec.dvf.evidence-short-of-controlled"), without::toString);
        List<String> evaluated = PlanItems.of(SPREADING.formatted("""
                , {"type": "EVALUATION", "budget": 20000, "startMonth": 0, "endMonth": 24}"""));
        assertFalse(evaluated.contains("rec.dvf.evidence-short-of-controlled"), evaluated::toString);
        assertTrue(evaluated.contains("gap.dvf.comparison"), evaluated::toString);
    }

    @Test
    void usersSaidToCoDesignAreAskedWhereTheyDesignNotToldToBeInvolved() throws Exception {
        List<String> claimed = PlanItems.of(SPREADING.formatted(""));
        assertTrue(claimed.contains("gap.claims.users-co-design"), claimed::toString);
        assertFalse(claimed.contains("rec.scie-i08.co-production"), claimed::toString);
        List<String> mobilised = PlanItems.of(SPREADING.formatted("""
                , {"type": "USER_NETWORK_MOBILISATION", "audiences": ["SERVICE_USERS"], "budget": 20000, "startMonth": 0, "endMonth": 24}"""));
        assertFalse(mobilised.contains("rec.scie-i08.co-production"), mobilised::toString);
        assertTrue(mobilised.contains("gap.claims.users-co-design"), mobilised::toString);
        assertFalse(mobilised.contains("strength.co-production"), mobilised::toString);
    }

    @Test
    void leadersWhoMandateOrPayAreNotAskedWhatTheyDo() throws Exception {
        assertTrue(PlanItems.of(SPREADING.formatted("")).contains("gap.claims.leadership"));
        List<String> mandated = PlanItems.of(SPREADING.formatted("""
                , {"type": "MANDATE", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 24}"""));
        assertFalse(mandated.contains("gap.claims.leadership"), mandated::toString);
    }

    /**
     * Grants to the community groups that adopt are money for adopting teams, as they are where adopters' incentives
     * and capacity are counted; a central grant for the spread is leaders' backing turned into money (the twenty-second
     * sealed review: both were read as leadership nothing shows).
     */
    @Test
    void leadersWhoFundCommunityAdoptersOrTheSpreadAreNotAskedWhatTheyDo() throws Exception {
        List<String> granted = PlanItems.of(SPREADING.formatted("""
                , {"type": "COMMUNITY_GRANTS", "audiences": ["VOLUNTARY_SECTOR"], "budget": 200000, "startMonth": 0, "endMonth": 24}"""));
        assertFalse(granted.contains("gap.claims.leadership"), granted::toString);
        List<String> centrallyFunded = PlanItems.of(SPREADING.formatted("").replace("\"enablers\"",
                "\"resources\": {\"fundingModel\": \"CENTRAL_GRANT\"}, \"enablers\""));
        assertFalse(centrallyFunded.contains("gap.claims.leadership"), centrallyFunded::toString);
    }

    @Test
    void aMovementAmongProfessionalsAloneShowsMythFive() throws Exception {
        String plan = """
                {"title": "A call to every professional to make prevention part of the day", "stage": "SCALING",
                 "innovation": {"nature": "RADICAL"}, "movement": {"caseForChange": true},
                 "stakeholders": [{"group": "PROFESSIONALS", "role": "INFORMED"}, {"group": "POLICY_MAKERS", "role": "LEADING"}],
                 "activities": [{"type": "PUBLICATION", "audiences": ["PROFESSIONALS"], "startMonth": 0}%s]}""";
        List<String> professionalsOnly = PlanItems.of(plan.formatted(""));
        assertTrue(professionalsOnly.contains("myth-5.diagnosis"), professionalsOnly::toString);
        List<String> usersReached = PlanItems.of(plan.formatted("""
                , {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "budget": 30000, "startMonth": 0, "endMonth": 12}"""));
        assertFalse(usersReached.contains("myth-5.diagnosis"), usersReached::toString);
        // With no movement, a list of two groups and no users still shows it; a list naming one group is asked.
        String noMovement = plan.replace("\"movement\": {\"caseForChange\": true},", "");
        List<String> noDemandWork = PlanItems.of(noMovement.formatted(""));
        assertTrue(noDemandWork.contains("myth-5.diagnosis"), noDemandWork::toString);
        String oneGroup = noMovement.replace(", {\"group\": \"POLICY_MAKERS\", \"role\": \"LEADING\"}", "");
        List<String> asked = PlanItems.of(oneGroup.formatted(""));
        assertFalse(asked.contains("myth-5.diagnosis"), asked::toString);
        assertTrue(asked.contains("gap.user-involvement"), asked::toString);
    }

    @Test
    void adoptersAreCalledFundedOnlyWhereThePlanShowsTheMoney() throws Exception {
        String plan = """
                {"title": "Falls checks in care homes", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "resources": {"fundingModel": "PUMP_PRIME_THEN_HANDOVER"}, "enablers": {"commissioningRoute": true},
                 "activities": [
                   {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "budget": 5000, "startMonth": 0, "endMonth": 24},
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 40000, "startMonth": 0, "endMonth": 24}%s]}""";
        List<String> modelOnly = PlanItems.of(plan.formatted(""));
        assertFalse(modelOnly.contains("strength.adopters-funded"), modelOnly::toString);
        List<String> funded = PlanItems.of(plan.formatted("""
                , {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 60000, "sites": 6, "startMonth": 0, "endMonth": 24}"""));
        assertTrue(funded.contains("strength.adopters-funded"), funded::toString);
    }

    private static final String FUNDING_NEW_APPROACHES = """
            {"title": "Accelerating early diagnosis: sixty local approaches", "planType": "PROGRAMME", "stage": "PILOT",
             "durationMonths": 36, "approach": {"newInnovationsSought": 60},
             "activities": [
               {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS", "PROVIDERS"], "startMonth": 6, "endMonth": 36},
               {"type": "PILOT", "audiences": ["CLINICIANS", "PROVIDERS"], "startMonth": 6, "endMonth": 36},
               {"type": "PUBLICATION", "audiences": ["COMMISSIONERS"], "startMonth": 12, "endMonth": 36}%s]}""";

    /**
     * Engaging policy makers is an enabling condition (Albury, Mechanism 3), not demand: a programme that funds new
     * approaches and only briefs policy makers still leaves demand thin (Myth 4); a campaign for the case for change
     * among commissioners is demand.
     */
    @Test
    void briefingPolicyMakersIsNotDemandForAPipelineOfInnovations() throws Exception {
        Evaluation briefed = PlanItems.evaluation(FUNDING_NEW_APPROACHES.formatted("""
                , {"type": "POLICY_ENGAGEMENT", "audiences": ["POLICY_MAKERS"], "startMonth": 0, "endMonth": 36}"""));
        assertTrue(briefed.summary().myths().contains("MYTH-4"), PlanItems.ids(briefed)::toString);
        Evaluation demanded = PlanItems.evaluation(FUNDING_NEW_APPROACHES.formatted("""
                , {"type": "CASE_FOR_CHANGE", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 36}"""));
        assertFalse(demanded.summary().myths().contains("MYTH-4"), PlanItems.ids(demanded)::toString);
    }
}
