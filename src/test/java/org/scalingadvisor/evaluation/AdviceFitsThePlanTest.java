package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Principles of the seeds that must hold on any plan, each written as the smallest plan that shows it:
 * pilots and targets alone are not enough (ATO-2018), what the plan leaves unsaid is asked, never asserted,
 * and support counts for whoever adopts, citizens included (Albury, Myths 1 and 5).
 */
class AdviceFitsThePlanTest {

    private static final String INSTRUCTED = """
            {"title": "Damp checks in every council home", "stage": "EARLY_SPREAD", "durationMonths": 12,
             "activities": [
               {"type": "MANDATE", "audiences": ["FRONTLINE_STAFF", "MANAGERS"], "startMonth": 0, "endMonth": 12},
               {"type": "TARGET", "audiences": ["MANAGERS"], "startMonth": 1, "endMonth": 12}%s]}""";

    @Test
    void instructionAndTargetsAloneDrawTheAgainstTheOddsCaution() throws Exception {
        assertTrue(PlanItems.of(INSTRUCTED.formatted("")).contains("rec.ato-r4.beyond-pilots"));
    }

    @Test
    void supportOfUnknownSizeIsAskedAboutNotCalledMissing() throws Exception {
        List<String> unsized = PlanItems.of(INSTRUCTED.formatted("""
                , {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 1}"""));
        assertFalse(unsized.contains("rec.ato-r4.beyond-pilots"), unsized::toString);
        assertTrue(unsized.contains("gap.activity-size"), unsized::toString);
    }

    @Test
    void aPurchaseIsNotWorkWithTheAdoptingTeams() throws Exception {
        List<String> bought = PlanItems.of(INSTRUCTED.formatted("""
                , {"type": "INFRASTRUCTURE", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 12}"""));
        assertTrue(bought.contains("rec.ato-r4.beyond-pilots"), bought::toString);
    }

    @Test
    void valueForMoneyLeftUnsaidIsAskedNotAsserted() throws Exception {
        List<String> sold = PlanItems.of("""
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
        List<String> supported = PlanItems.of(plan.formatted(""));
        assertFalse(supported.contains("myth-1.diagnosis"), supported::toString);
        List<String> clinicsInstructed = PlanItems.of(plan.formatted("""
                , {"type": "MANDATE", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 30}"""));
        assertTrue(clinicsInstructed.contains("myth-1.diagnosis"), clinicsInstructed::toString);
    }

    @Test
    void aNewRoleDrawsTheRecruitmentAndTurnoverQuestionInAnySector() throws Exception {
        String plan = """
                {"title": "Mental health practitioners in schools", "sector": "HEALTH", "stage": "PILOT",
                 "activities": [{"type": "%s", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 12}]}""";
        assertTrue(PlanItems.of(plan.formatted("WORKFORCE_REDESIGN")).contains("gap.staff-turnover"));
        assertFalse(PlanItems.of(plan.formatted("COACHING")).contains("gap.staff-turnover"));
    }

    @Test
    void aStatutoryBodyIsNotAdvisedToChainOrFranchise() throws Exception {
        String plan = """
                {"title": "Health checks in every council", "stage": "SUSTAINING", "innovation": {"form": "SERVICE"},
                 "resources": {"leadOrganisation": "%s"}, "scale": {"targetAdopters": 152, "currentAdopters": 152}}""";
        assertTrue(PlanItems.of(plan.formatted("CHARITY")).contains("rec.mech-1.4.service-network"));
        assertFalse(PlanItems.of(plan.formatted("STATUTORY_BODY")).contains("rec.mech-1.4.service-network"));
    }

    @Test
    void aProgrammeThatNamesTheOneModelItSpreadsIsAskedForThatModelsEvidence() throws Exception {
        String plan = """
                {"title": "National programme for care closer to home", "planType": "PROGRAMME", "stage": "SCALING"%s,
                 "activities": [{"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 3000000, "startMonth": 6, "endMonth": 41}]}""";
        List<String> named = PlanItems.of(plan.formatted(", \"innovation\": {\"name\": \"Community support in place of long inpatient stays\"}"));
        assertTrue(named.contains("gap.dvf.evidence"), named::toString);
        List<String> fund = PlanItems.of(plan.formatted(""));
        assertFalse(fund.contains("gap.dvf.evidence"), "a fund for many innovations has no one innovation's evidence to give: " + fund);
    }

    @Test
    void anIntermediaryOrDedicatedOrganisationAlreadyCarryingSpreadIsNotAdvisedToFormAChain() throws Exception {
        String plan = """
                {"title": "Community nutrition care in every district", "stage": "SCALING", "innovation": {"form": "SERVICE"},
                 "resources": {"leadOrganisation": "PARTNERSHIP", "scalingLead": "%s"}, "scale": {"targetAdopters": 29, "currentAdopters": 12}}""";
        assertTrue(PlanItems.of(plan.formatted("DEDICATED_TEAM")).contains("rec.mech-1.4.service-network"));
        for (String carrier : List.of("INTERMEDIARY", "DEDICATED_ORGANISATION")) {
            List<String> items = PlanItems.of(plan.formatted(carrier));
            assertFalse(items.contains("rec.mech-1.4.service-network"), carrier + ": " + items);
        }
    }

    @Test
    void aTickedRouteOrTimingIsNotPraisedBesideTheMythItContradicts() throws Exception {
        String plan = """
                {"title": "Home care outcomes", "stage": "EARLY_SPREAD",
                 "innovation": {"nature": "RADICAL"},
                 "approach": {"routes": ["ORGANISATIONAL_GROWTH", "TRANSFER"], "spreadPlanningStarts": "AT_OUTSET",
                              "adopterInvolvement": "CO_DESIGNING"},
                 "activities": [
                   {"type": "PILOT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12},
                   {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 13, "endMonth": 14},
                   {"type": "TRAINING", "audiences": ["PROVIDERS"], "startMonth": 13, "endMonth": 18}]}""";
        List<String> items = PlanItems.of(plan);
        if (items.contains("myth-2.diagnosis")) {
            assertFalse(items.contains("strength.growth-routes"), items::toString);
        }
        if (items.contains("myth-3.diagnosis")) {
            assertFalse(items.contains("strength.spread-from-outset"), items::toString);
        }
        assertTrue(items.contains("myth-2.diagnosis") || items.contains("myth-3.diagnosis"), items::toString);
    }

    @Test
    void aSupplyLedPlanSilentOnItsCaseForChangeIsToldToMakeOne() throws Exception {
        String plan = """
                {"title": "A fund for new apps", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "approach": {"newInnovationsSought": 20},
                 "activities": [
                   {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS"], "budget": 900000, "startMonth": 0, "endMonth": 24},
                   {"type": "WEBINAR", "audiences": ["CLINICIANS"], "budget": 5000, "startMonth": 6, "endMonth": 24}]}""";
        List<String> items = PlanItems.of(plan);
        assertTrue(items.contains("myth-4.diagnosis"), items::toString);
        assertTrue(items.contains("rec.mech-2.1.make-the-case"), items::toString);
    }

    @Test
    void leadershipClaimedWithNothingBehindItIsAskedAboutAsLeadership() throws Exception {
        List<String> items = PlanItems.of("""
                {"title": "Ward mobility challenge", "stage": "SCALING", "enablers": {"leadershipSupport": "ACTIVE"},
                 "activities": [{"type": "CAMPAIGN", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 3}]}""");
        assertTrue(items.contains("gap.claims.leadership"), items::toString);
        assertFalse(items.contains("gap.claims-without-activity"), items::toString);
    }

    @Test
    void supportListedWithoutItsSizeIsAnsweredByAskingItsSizeNotByCallingItMissing() throws Exception {
        String plan = """
                {"title": "A national target for health checks", "stage": "EARLY_SPREAD",
                 "activities": [
                   {"type": "TARGET", "audiences": ["MANAGERS"], "budget": 20000, "startMonth": 0, "endMonth": 24},
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": %s, "startMonth": 0%s}]}""";
        List<String> unsized = PlanItems.of(plan.formatted("60000", ""));
        assertTrue(unsized.contains("myth-1.diagnosis"), unsized::toString);
        assertTrue(unsized.contains("rec.myth-1.size-the-support"), unsized::toString);
        assertFalse(unsized.contains("rec.myth-1.organisational-support"), unsized::toString);
        // The answer may stand as its own item or be merged into another advising on the same element (ATO-R1).
        Evaluation tokenEvaluation = PlanItems.evaluation(plan.formatted("300", ", \"endMonth\": 24"));
        List<String> token = tokenEvaluation.advice().stream()
                .flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.ruleId()),
                        i.trace().merged() == null ? java.util.stream.Stream.<String>empty() : i.trace().merged().stream()))
                .toList();
        // A token's size is known: it is told to grow the help into more than a token, not asked its size.
        assertTrue(token.contains("rec.myth-1.grow-the-support"), token::toString);
        assertFalse(token.contains("rec.myth-1.size-the-support"), token::toString);
    }

    /**
     * A plan silent on users' part whose list of who takes part names two groups or more, none of them users, and
     * whose activities reach no users, itself casts professionals as the only carriers of spread: Myth 5 (until the
     * eighteenth session this was asked, not diagnosed; independent writers expected Myth 5 on sixteen such corpus
     * plans and its absence on one). The question stays, lower, beside the diagnosis (LOW since the twenty-first
     * sealed review found the diagnosis and the question both among a report's first actions:
     * priority.users.beside-myth-5); a plan naming one group is still asked (ReportFitsThePlanAsItStandsTest).
     */
    @Test
    void aListOfOnlyProfessionalsShowsMythFive() throws Exception {
        String plan = """
                {"title": "Employment support in mental health services", "stage": "SCALING",
                 %s"stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "COMMISSIONERS", "role": "INVOLVED"},
                                  {"group": "PROVIDERS", "role": "INVOLVED"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}],
                 "activities": [{"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36}]}""";
        Evaluation silent = PlanItems.evaluation(plan.formatted(""));
        assertTrue(PlanItems.ids(silent).contains("myth-5.diagnosis"), PlanItems.ids(silent)::toString);
        assertEquals("LOW", PlanItems.item(silent, "gap.user-involvement").priority().band(), PlanItems.ids(silent)::toString);
        List<String> reached = PlanItems.of(plan.formatted("").replace("\"endMonth\": 36}]}", "\"endMonth\": 36}, "
                + "{\"type\": \"PEER_SUPPORT\", \"audiences\": [\"SERVICE_USERS\"], \"budget\": 40000, \"startMonth\": 0, \"endMonth\": 36}]}"));
        assertFalse(reached.contains("myth-5.diagnosis"), reached::toString);
        List<String> informed = PlanItems.of(plan.formatted("\"approach\": {\"userInvolvement\": \"INFORMED\"}, "));
        assertTrue(informed.contains("myth-5.diagnosis"), informed::toString);
    }

    @Test
    void aDesignOrPilotPlanSilentOnLearningIsAskedHowItWillLearn() throws Exception {
        String plan = """
                {"title": "An assessment hub", "stage": "%s",
                 "activities": [{"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 12}]}""";
        assertTrue(PlanItems.of(plan.formatted("DESIGN")).contains("gap.learning"));
        assertTrue(PlanItems.of(plan.formatted("PILOT")).contains("gap.learning"));
        assertFalse(PlanItems.of(plan.formatted("IDEA")).contains("gap.learning"));
    }

    @Test
    void anInnovationThatChangesRolesAsksAboutRecruitingWhileItSpreads() throws Exception {
        String plan = """
                {"title": "Employment specialists in every trust", "sector": "HEALTH", "stage": "SCALING",
                 "innovation": {"changesProfessionalRoles": %s}}""";
        assertTrue(PlanItems.of(plan.formatted("true")).contains("gap.staff-turnover"));
        assertFalse(PlanItems.of(plan.formatted("false")).contains("gap.staff-turnover"));
    }

    @Test
    void coDesignWithUsersListedIsNeverCalledMissing() throws Exception {
        String plan = """
                {"title": "Brief distress support", "stage": "DESIGN", "approach": {"userInvolvement": "CONSULTED"},
                 "activities": [{"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 50000, "startMonth": 0, "endMonth": 12}%s]}""";
        assertTrue(PlanItems.of(plan.formatted("")).contains("rec.scie-i08.co-production"));
        List<String> listed = PlanItems.of(plan.formatted("""
                , {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS", "PROVIDERS"], "budget": 20000, "startMonth": 0}"""));
        assertFalse(listed.contains("rec.scie-i08.co-production"), listed::toString);
    }

    @Test
    void aServiceKeptGoingWhereItRunsIsNotToldNewSitesNeedTimeToEmbed() throws Exception {
        String plan = """
                {"title": "A crisis house kept going", "sector": "HEALTH", "stage": "SUSTAINING", "durationMonths": 6%s}""";
        assertFalse(PlanItems.of(plan.formatted("")).contains("rec.scie-i07.time"));
        assertTrue(PlanItems.of(plan.formatted(", \"scale\": {\"targetAdopters\": 10, \"currentAdopters\": 1}")).contains("rec.scie-i07.time"));
    }

    @Test
    void aServiceKeptGoingWhereItRunsIsNotDiagnosedWithMythsAboutHowSpreadIsCarried() throws Exception {
        String plan = """
                {"title": "Telephone follow-up kept going", "stage": "SUSTAINING", "durationMonths": 12,
                 "resources": {"fundingModel": "NONE_YET", "fundingEndsMonth": 3}%s,
                 "activities": [
                   {"type": "CASE_STUDY", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 1},
                   {"type": "PUBLICATION", "audiences": ["MANAGERS"], "startMonth": 0, "endMonth": 1}]}""";
        List<String> kept = PlanItems.of(plan.formatted(""));
        assertFalse(kept.contains("myth-1.diagnosis"), kept::toString);
        assertFalse(kept.contains("rec.myth-1.organisational-support"), kept::toString);
        assertFalse(kept.contains("gap.communities"), kept::toString);
        assertTrue(kept.contains("gap.spread-none-assumed"), kept::toString);
        assertTrue(kept.stream().anyMatch(i -> i.startsWith("rec.scie-e08") || i.equals("gap.funding-after")), kept::toString);
        // Advice on who pays after is one item, however many rules give it.
        Evaluation e = PlanItems.evaluation(plan.formatted(""));
        long onPaying = e.advice().stream().filter(i -> i.kind().equals("RECOMMENDATION") && i.refs().contains("SCIE-E08")).count();
        assertTrue(onPaying <= 1, PlanItems.ids(e)::toString);
        List<String> spreading = PlanItems.of(plan.formatted(", \"scale\": {\"targetAdopters\": 10, \"currentAdopters\": 1}"));
        assertTrue(spreading.contains("myth-1.diagnosis"), spreading::toString);
        List<String> routed = PlanItems.of(plan.formatted(", \"approach\": {\"routes\": [\"TRANSFER\"]}"));
        assertTrue(routed.contains("myth-1.diagnosis"), routed::toString);
    }

    @Test
    void aProgrammeThatSaysItSeeksNoNewInnovationsIsNotToldItFundsThem() throws Exception {
        String plan = """
                {"title": "Six changes in every hospital", "planType": "PROGRAMME", "stage": "SCALING", "durationMonths": 18%s,
                 "activities": [
                   {"type": "CAMPAIGN", "audiences": ["PROVIDERS", "CLINICIANS"], "startMonth": 0, "endMonth": 18},
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 18}]}""";
        List<String> none = PlanItems.of(plan.formatted(", \"approach\": {\"newInnovationsSought\": 0}"));
        assertFalse(none.contains("gap.budget"), none::toString);
        // Silent on new innovations, with no work that funds or develops them, it is not suspected of it for its type
        // alone (the twenty-sixth tuning review: a national programme whose money all goes to the adopting
        // municipalities); its missing budgets are asked once (gap.activity-size-assumed).
        List<String> silent = PlanItems.of(plan.formatted(""));
        assertFalse(silent.contains("gap.budget"), silent::toString);
        assertTrue(silent.contains("gap.activity-size-assumed"), silent::toString);
        List<String> seeking = PlanItems.of(plan.formatted(", \"approach\": {\"newInnovationsSought\": 6}"));
        assertTrue(seeking.contains("gap.budget"), seeking::toString);
    }

    @Test
    void staffWhoAreTheUsersCoDesignOnlyWhereWorkOfKnownSizeHasThemDoIt() throws Exception {
        String plan = """
                {"title": "Keeping care workers", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"usersAreStaff": true},
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 "activities": [
                   {"type": "WEBSITE", "audiences": ["PROVIDERS"], "budget": 120000, "startMonth": 0, "endMonth": 24},
                   {"type": "CO_DESIGN", "audiences": ["FRONTLINE_STAFF", "SERVICE_USERS"], "budget": 1500, "startMonth": 2, "endMonth": %d}]}""";
        List<String> workshop = PlanItems.of(plan.formatted(2));
        assertFalse(workshop.contains("strength.co-production"), workshop::toString);
        List<String> codesign = PlanItems.of(plan.formatted(14).replace("\"budget\": 1500", "\"budget\": 60000"));
        assertTrue(codesign.contains("strength.co-production"), codesign::toString);
    }

    @Test
    void whereStaffAreTheUsersCoProductionIsAdvisedWithThemNotWithPeopleWhoUseServices() throws Exception {
        // A reviewer saw "co-produce the innovation with people who use services" lead the report on a hospital
        // redesign whose plan says its users are the staff (innovation.usersAreStaff), beside a strength for them.
        String plan = """
                {"title": "Magnet-style nursing redesign", "stage": "EARLY_SPREAD", "durationMonths": 36,
                 "innovation": {"usersAreStaff": true, "nature": "RADICAL"},
                 "approach": {"userInvolvement": "CONSULTED"},
                 "activities": [
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 300000, "startMonth": 0, "endMonth": 36}%s]}""";
        List<String> consulted = PlanItems.of(plan.formatted(""));
        assertFalse(consulted.contains("rec.scie-i08.co-production"), consulted::toString);
        assertTrue(consulted.contains("rec.scie-i08.co-production-staff"), consulted::toString);
        List<String> designing = PlanItems.of(plan.formatted("""
                , {"type": "CO_DESIGN", "audiences": ["FRONTLINE_STAFF"], "budget": 60000, "startMonth": 0, "endMonth": 12}"""));
        assertFalse(designing.contains("rec.scie-i08.co-production") || designing.contains("rec.scie-i08.co-production-staff"),
                designing::toString);
    }

    @Test
    void whereStaffAreTheUsersTheCampaignsAimedAtThePublicAreNotDemandForTheInnovation() throws Exception {
        String plan = """
                {"title": "Recruitment and retention practices", "planType": "PROGRAMME", "stage": "SCALING", "durationMonths": 36,
                 "innovation": {"usersAreStaff": %s},
                 "stakeholders": [{"group": "CITIZENS", "role": "INVOLVED", "engagementRoute": true}],
                 "activities": [
                   {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS", "PROVIDERS"], "budget": 900000, "startMonth": 0, "endMonth": 24},
                   {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "budget": 600000, "startMonth": 1, "endMonth": 12},
                   {"type": "WEBSITE", "audiences": ["PROVIDERS"], "budget": 120000, "startMonth": 0, "endMonth": 36}]}""";
        List<String> staff = PlanItems.of(plan.formatted("true"));
        assertTrue(staff.contains("myth-4.diagnosis"), staff::toString);
        assertFalse(staff.contains("strength.citizens-mobilised"), staff::toString);
        List<String> public_ = PlanItems.of(plan.formatted("false"));
        assertFalse(public_.contains("myth-4.diagnosis"), public_::toString);
    }

    @Test
    void askingHowUsersHelpDesignIsLessPressingWhereThePlanGivesThemAWayIn() throws Exception {
        String plan = """
                {"title": "Supported internships", "sector": "ADULT_SOCIAL_CARE", "stage": "SCALING", "durationMonths": 36,
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "INVOLVED"%s},
                                  {"group": "PROVIDERS", "role": "INVOLVED"}],
                 "activities": [
                   {"type": "USER_NETWORK_MOBILISATION", "audiences": ["SERVICE_USERS"], "budget": 40000, "startMonth": 0, "endMonth": 36},
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 90000, "startMonth": 0, "endMonth": 36}]}""";
        int silent = PlanItems.item(PlanItems.evaluation(plan.formatted("")), "gap.user-involvement").priority().score();
        int wayIn = PlanItems.item(PlanItems.evaluation(plan.formatted(", \"engagementRoute\": true")), "gap.user-involvement")
                .priority().score();
        assertTrue(wayIn < silent, () -> wayIn + " not below " + silent);
    }

    @Test
    void demandWorkAndFeasibilityTheActivitiesShowEarnCreditTheirSizeUnknownDoesNot() throws Exception {
        String plan = """
                {"title": "Get up, get dressed, get moving", "stage": "SCALING", "durationMonths": 24,
                 "innovation": {"changesProfessionalRoles": true},
                 "activities": [
                   {"type": "CASE_FOR_CHANGE", "audiences": ["FRONTLINE_STAFF", "CITIZENS"], "budget": 20000, "startMonth": 0%s},
                   {"type": "CAMPAIGN", "audiences": ["FRONTLINE_STAFF", "CITIZENS"], "budget": 30000, "startMonth": 0, "endMonth": 24},
                   {"type": "WORKFORCE_REDESIGN", "audiences": ["PROVIDERS"], "budget": 90000, "startMonth": 0%s},
                   {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "budget": 80000, "startMonth": 0, "endMonth": 24}]}""";
        List<String> sized = PlanItems.of(plan.formatted(", \"endMonth\": 24", ", \"endMonth\": 24"));
        assertTrue(sized.contains("strength.demand-work"), sized::toString);
        assertTrue(sized.contains("strength.dvf.feasible"), sized::toString);
        List<String> unsized = PlanItems.of(plan.formatted("", ""));
        assertFalse(unsized.contains("strength.demand-work"), unsized::toString);
        assertFalse(unsized.contains("strength.dvf.feasible"), unsized::toString);
    }
}
