package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingadvisor.evaluation.PlanItems.ids;
import static org.scalingadvisor.evaluation.PlanItems.item;

/**
 * Advice says what it knows and asks what it does not: support of unknown size is called unknown, not a sliver;
 * who pays after is the viability test's own question (DVF-3: suitable contract and payment processes); a count of
 * adopting organisations is not work that brings them together (Albury, Mechanism 1); skills the plan trains leave
 * with the staff who leave (SCIE, recruitment and turnover of staff).
 */
class AdviceSaysWhatItKnowsTest {

    private static final String TARGET_WITH_COACHING = """
            {"title": "Two-week wait for early support", "stage": "SCALING", "durationMonths": 36,
             "activities": [
               {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36},
               {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 2},
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 3%s}]}""";

    @Test
    void supportOfUnknownSizeIsCalledUnknownAndATokenIsCalledAToken() throws Exception {
        Evaluation.Item unsized = item(PlanItems.evaluation(TARGET_WITH_COACHING.formatted("")), "myth-1.diagnosis");
        List<String> unsizedSigns = unsized.signs().stream().map(s -> s.id()).toList();
        assertTrue(unsizedSigns.contains("sign.myth-1.unsized-support"), unsizedSigns::toString);
        assertFalse(unsizedSigns.contains("sign.myth-1.token-support"), unsizedSigns::toString);
        assertTrue(unsized.signs().stream().noneMatch(s -> s.text().contains("sliver")), unsized::toString);

        Evaluation.Item token = item(PlanItems.evaluation(TARGET_WITH_COACHING.formatted(", \"endMonth\": 3")), "myth-1.diagnosis");
        List<String> tokenSigns = token.signs().stream().map(s -> s.id()).toList();
        assertTrue(tokenSigns.contains("sign.myth-1.token-support"), tokenSigns::toString);
        assertFalse(token.priority().score() < unsized.priority().score(), () -> token + " / " + unsized);
    }

    @Test
    void supportListedWithoutItsSizeIsNeverCalledNoSupport() throws Exception {
        String plan = """
                {"title": "Regional trauma networks", "stage": "SCALING", "durationMonths": 36,
                 "innovation": {"changesProfessionalRoles": true},
                 "enablers": {"reliesOnTargetsOrTariffs": true},
                 "activities": [
                   {"type": "TARIFF", "audiences": ["PROVIDERS"]},
                   {"type": "WORKFORCE_REDESIGN", "audiences": ["CLINICIANS", "PROVIDERS"]},
                   {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 2}]}""";
        Evaluation e = PlanItems.evaluation(plan);
        for (Evaluation.Item i : e.advice()) {
            List<String> texts = new java.util.ArrayList<>(List.of(i.title(), i.message()));
            i.signs().forEach(sign -> texts.add(sign.text()));
            for (String text : texts) {
                assertFalse(text.contains("no hands-on help") && !text.contains("no hands-on help of known size"),
                        () -> i.ruleId() + " says there is no help where help of unknown size is listed: " + text);
            }
        }
    }

    @Test
    void aTokenOfMoneyBesideTellingOnlyTheInnovatorsLeavesMyth1Standing() throws Exception {
        String told = """
                {"title": "Webinars", "durationMonths": 51,
                 "activities": [{"type": "WEBINAR", "audiences": ["INNOVATORS"], "budget": 171000, "startMonth": 18, "endMonth": 21}%s]}""";
        assertTrue(PlanItems.of(told.formatted("")).contains("myth-1.diagnosis"));
        List<String> withToken = PlanItems.of(told.formatted("""
                , {"type": "ADOPTER_FUNDING", "audiences": [], "startMonth": 26, "endMonth": 26, "budget": 0}"""));
        assertTrue(withToken.contains("myth-1.diagnosis"), withToken::toString);
    }

    private static final String GRANT_THAT_ENDS = """
            {"title": "Discharge support for people without a home", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"form": "SERVICE", "changesProfessionalRoles": true},
             "resources": {"fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 24},
             "activities": [
               {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 900000, "sites": 17, "startMonth": 0, "endMonth": 24},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 100000, "sites": 17, "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void askingWhoPaysAfterIsTheViabilityQuestion() throws Exception {
        Evaluation.Item after = item(PlanItems.evaluation(GRANT_THAT_ENDS), "gap.funding-after");
        assertTrue(after.refs().contains("DVF-3"), after.refs()::toString);
    }

    @Test
    void anItemNamesThePlansOwnAnswersItRestsOn() throws Exception {
        Evaluation.Item after = item(PlanItems.evaluation(GRANT_THAT_ENDS), "gap.funding-after");
        assertTrue(after.about().contains("Resources › funding ends month: 24"), after.about()::toString);
        assertTrue(after.about().contains("Duration months: 24"), after.about()::toString);

        String transfer = """
                {"title": "Falls checks by text", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"nature": "RADICAL"},
                 "approach": {"routes": ["TRANSFER", "NATIONAL_PROGRAMME"]},
                 "activities": [
                   {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 2},
                   {"type": "WEBINAR", "audiences": ["PROVIDERS"], "startMonth": 3, "endMonth": 4}]}""";
        Evaluation.Item myth = item(PlanItems.evaluation(transfer), "myth-2.diagnosis");
        assertTrue(myth.about().stream().anyMatch(a -> a.equals("Innovation › nature: radical")), myth.about()::toString);
        assertTrue(myth.about().stream().anyMatch(a -> a.equals("Approach › routes: transfer")), myth.about()::toString);
        assertFalse(myth.about().stream().anyMatch(a -> a.startsWith("Title")), myth.about()::toString);
    }

    private static final String COUNTED_ADOPTERS = """
            {"title": "Shared crisis principles in every area", "stage": "SCALING", "durationMonths": 30,
             "communities": {"adopters": {"exists": true, "organisations": 40}},
             "activities": [
               {"type": "PUBLICATION", "audiences": ["COMMISSIONERS", "PROVIDERS"], "startMonth": 0, "endMonth": 2},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 30, "sites": 40}%s]}""";

    @Test
    void aCountOfAdoptingOrganisationsIsNotWorkThatBringsThemTogether() throws Exception {
        Evaluation counted = PlanItems.evaluation(COUNTED_ADOPTERS.formatted(""));
        assertTrue(counted.advice().stream().anyMatch(i -> i.refs().contains("MECH-1.1") && !i.kind().equals("STRENGTH")),
                ids(counted)::toString);
        Evaluation networked = PlanItems.evaluation(COUNTED_ADOPTERS.formatted("""
                , {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 30, "sites": 40}"""));
        assertFalse(ids(networked).contains("rec.mech-1.1.bring-adopters-together"), ids(networked)::toString);
    }

    private static final String TRAINED_STAFF = """
            {"title": "Therapy for first-episode psychosis", "stage": "%s", "sector": "HEALTH",
             "activities": [
               {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 3000000, "startMonth": 0, "endMonth": 36},
               {"type": "TRAINING", "audiences": ["CLINICIANS"], "budget": 400000, "startMonth": 0, "endMonth": 36}]%s}""";

    @Test
    void aPlanThatTrainsTheStaffWhoDeliverItIsAskedHowSettledThatWorkforceIs() throws Exception {
        for (String stage : List.of("PILOT", "SCALING", "SUSTAINING")) {
            Evaluation trained = PlanItems.evaluation(TRAINED_STAFF.formatted(stage, ""));
            assertTrue(ids(trained).contains("gap.staff-turnover"), () -> stage + ": " + ids(trained));
        }
        Evaluation answered = PlanItems.evaluation(TRAINED_STAFF.formatted("SCALING", ", \"resources\": {\"staffTurnover\": \"LOW\"}"));
        assertFalse(ids(answered).contains("gap.staff-turnover"), ids(answered)::toString);
    }

    private static final String SMALL_CHANGE = """
            {"title": "Frailty coded in every practice", "stage": "SCALING",
             "innovation": {"nature": "INCREMENTAL"%s},
             "stakeholders": [{"group": "PROFESSIONALS", "role": "INVOLVED"}, {"group": "SERVICE_USERS", "role": "CONSULTED"}],
             "activities": [
               {"type": "MANDATE", "audiences": ["PROFESSIONALS"], "startMonth": 0, "endMonth": 12},
               {"type": "PUBLICATION", "audiences": ["PROFESSIONALS"], "startMonth": 0, "endMonth": 2}]}""";

    @Test
    void aChangeIsSmallOnlyWhereThePlanSaysRolesStayAsTheyAre() throws Exception {
        Evaluation silent = PlanItems.evaluation(SMALL_CHANGE.formatted(""));
        assertTrue(ids(silent).contains("myth-5.diagnosis"), ids(silent)::toString);
        Evaluation stated = PlanItems.evaluation(SMALL_CHANGE.formatted(", \"changesProfessionalRoles\": false"));
        assertFalse(ids(stated).contains("myth-5.diagnosis"), ids(stated)::toString);
    }

    private static final String NEARLY_A_SLIVER = """
            {"title": "Home visits after a fall", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "stakeholders": [{"group": "SERVICE_USERS", "role": "INVOLVED", "engagementRoute": true}],
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 900000, "startMonth": 0, "endMonth": 24},
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"]%s, "startMonth": 0, "endMonth": 24},
               {"type": "USER_NETWORK_MOBILISATION", "audiences": ["SERVICE_USERS"], "budget": 19700, "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void leavingOneBudgetOutNeverMakesAnotherActivityMoreThanASliver() throws Exception {
        Evaluation given = PlanItems.evaluation(NEARLY_A_SLIVER.formatted(", \"budget\": 80300"));
        Evaluation left = PlanItems.evaluation(NEARLY_A_SLIVER.formatted(""));
        assertFalse(ids(given).contains("strength.citizens-mobilised"), ids(given)::toString);
        assertFalse(ids(left).contains("strength.citizens-mobilised"), ids(left)::toString);
    }

    private static final String SOLD_AND_PUMP_PRIMED = """
            {"title": "Digital records for care providers", "sector": "ADULT_SOCIAL_CARE", "stage": "SCALING", "durationMonths": 21,
             "innovation": {"nature": "INCREMENTAL", "form": "PRODUCT", "changesProfessionalRoles": false},
             "approach": {"routes": ["MARKET_GROWTH"]%s},
             "resources": {"fundingModel": "PUMP_PRIME_THEN_HANDOVER", "fundingEndsMonth": 33},
             "activities": [
               {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 25000000, "startMonth": 0, "endMonth": 9},
               {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 21}]}""";

    @Test
    void aQuestionIsNeverCriticalSoFindingAMythNeverSoftensTheVerdict() throws Exception {
        Evaluation open = PlanItems.evaluation(SOLD_AND_PUMP_PRIMED.formatted(""));
        Evaluation.Item question = item(open, "gap.funding-after");
        assertFalse(question.priority().band().equals("CRITICAL"), question::toString);
        Evaluation withMyth3 = PlanItems.evaluation(SOLD_AND_PUMP_PRIMED.formatted(", \"spreadPlanningStarts\": \"AFTER_PILOT\""));
        List<String> verdicts = List.of("READY", "NEEDS_WORK", "NOT_READY");
        assertTrue(verdicts.indexOf(withMyth3.summary().verdict()) >= verdicts.indexOf(open.summary().verdict()),
                () -> open.summary().verdict() + " -> " + withMyth3.summary().verdict());
    }

    private static final String A_SLIVER = """
            {"title": "Buddying after asthma admissions", "stage": "EARLY_SPREAD", "durationMonths": 30,
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 400000, "startMonth": 0, "endMonth": 30},
               {"type": "PEER_SUPPORT", "audiences": ["PROVIDERS"], "budget": 4000, "startMonth": 3, "endMonth": 30},
               {"type": "LEARNING_REVIEW", "audiences": ["PROVIDERS"], "startMonth": 6, "endMonth": 30}]}""";

    @Test
    void aSliverWithItsMonthsAndBudgetIsNotAskedForItsSize() throws Exception {
        Evaluation sliver = PlanItems.evaluation(A_SLIVER);
        assertFalse(ids(sliver).contains("gap.activity-size"), ids(sliver)::toString);
    }

    private static final String SUPPLY_WITH_A_CALL = """
            {"title": "Demonstrator towns", "planType": "PROGRAMME", "stage": "PILOT", "durationMonths": 36,
             "activities": [
               {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS"], "startMonth": 0, "endMonth": 36},
               {"type": "RESEARCH_AND_DEVELOPMENT", "audiences": ["INNOVATORS"], "startMonth": 0, "endMonth": 36},
               {"type": "COACHING", "audiences": ["COMMISSIONERS"], "startMonth": 14%s}]}""";

    @Test
    void leavingOutTheEndOfTheOnlyAdoptionWorkNeverHidesMyth4() throws Exception {
        for (String end : List.of(", \"endMonth\": 14", "")) {
            Evaluation.Item myth4 = item(PlanItems.evaluation(SUPPLY_WITH_A_CALL.formatted(end)), "myth-4.diagnosis");
            assertTrue(myth4.signs().stream().anyMatch(s -> s.id().equals("sign.myth-4.supply-only-work")), () -> end + ": " + myth4);
        }
    }

    private static final String CARERS_ONLY_INFORMED = """
            {"title": "Anticipatory care planning in general practice", "stage": "SCALING", "durationMonths": 36,
             "innovation": {"nature": "INCREMENTAL", "form": "PRACTICE"},
             "stakeholders": [
               {"group": "CLINICIANS", "role": "LEADING", "network": "STRONG"},
               {"group": "CARERS", "role": "INFORMED"}],
             "activities": [
               {"type": "TRAINING", "audiences": ["CLINICIANS"], "budget": 200000, "startMonth": 0, "endMonth": 36},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 300000, "startMonth": 0, "endMonth": 36}]}""";

    /** Myth 5 says users have no part in demanding or carrying spread; it does not answer how they take part in design. */
    @Test
    void usersOnlyInformedAreStillAskedHowTheyTakePartInDesign() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(CARERS_ONLY_INFORMED);
        assertTrue(evaluation.summary().myths().contains("MYTH-5"), ids(evaluation)::toString);
        assertTrue(ids(evaluation).contains("gap.user-involvement"), ids(evaluation)::toString);
    }

    /** Asking for months and budgets is housekeeping: it never crowds the plan's real problems out of a short report. */
    @Test
    void askingForSizesRanksBelowThePlansProblems() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(TARGET_WITH_COACHING.formatted(""));
        Evaluation.Item sizes = item(evaluation, "gap.activity-size");
        org.junit.jupiter.api.Assertions.assertEquals("LOW", sizes.priority().band(), sizes::toString);
    }
}
