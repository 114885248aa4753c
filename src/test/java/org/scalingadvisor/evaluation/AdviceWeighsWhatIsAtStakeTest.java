package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingadvisor.evaluation.PlanItems.ids;
import static org.scalingadvisor.evaluation.PlanItems.item;

/**
 * Advice weighed by what is at stake in the plan: the staff whose work changes need hands-on support whoever else
 * is paid (Albury, Myth 1); instruction paid for by a tariff is not command and control, though it is no
 * support either; who pays after matters most where the innovation costs something to run (SCIE, commissioning and
 * sustainability); the plan's worst problems come before the fields it leaves blank.
 */
class AdviceWeighsWhatIsAtStakeTest {

    private static final String ROUNDS_FOR_CARE_HOMES = """
            {"title": "Video ward rounds for care homes", "stage": "SCALING", "durationMonths": 18,
             "innovation": {"nature": "RADICAL", "changesProfessionalRoles": true},
             "activities": [
               {"type": "COMMISSIONING", "audiences": ["CLINICIANS", "COMMISSIONERS"], "budget": 216000, "sites": 10, "startMonth": 0, "endMonth": 18},
               {"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "budget": 42000, "sites": 60, "startMonth": 0, "endMonth": 3},
               {"type": "WEBINAR", "audiences": ["MANAGERS", "FRONTLINE_STAFF"], "startMonth": 1, "endMonth": 1}%s]}""";

    @Test
    void staffWhoseWorkChangesButWhoAreOnlyToldAndEquippedShowMyth1ThoughOthersArePaid() throws Exception {
        Evaluation told = PlanItems.evaluation(ROUNDS_FOR_CARE_HOMES.formatted(""));
        assertTrue(ids(told).contains("myth-1.diagnosis"), ids(told)::toString);
        Evaluation.Item myth = item(told, "myth-1.diagnosis");
        assertTrue(myth.signs().stream().anyMatch(s -> s.id().equals("sign.myth-1.changing-staff-unsupported")), myth::toString);
        Evaluation coached = PlanItems.evaluation(ROUNDS_FOR_CARE_HOMES.formatted("""
                , {"type": "COACHING", "audiences": ["PROVIDERS", "MANAGERS", "FRONTLINE_STAFF"], "budget": 90000, "sites": 60, "startMonth": 0, "endMonth": 18}"""));
        assertFalse(ids(coached).contains("myth-1.diagnosis"), ids(coached)::toString);
        Evaluation token = PlanItems.evaluation(ROUNDS_FOR_CARE_HOMES.formatted("""
                , {"type": "COACHING", "audiences": [], "budget": 0, "startMonth": 12, "endMonth": 12}"""));
        assertTrue(ids(token).contains("myth-1.diagnosis"), ids(token)::toString);
    }

    private static final String INSTRUCTED = """
            {"title": "Enhanced health in care homes, by contract", "stage": "SCALING",
             "innovation": {"changesProfessionalRoles": true},
             "activities": [
               {"type": "PUBLICATION", "audiences": ["PROVIDERS", "CLINICIANS"], "startMonth": 0},
               {"type": "MANDATE", "audiences": ["PROVIDERS", "CLINICIANS"], "startMonth": 4},
               {"type": "%s", "audiences": ["PROVIDERS"], "startMonth": 6}]}""";

    @Test
    void instructionThatATariffPaysForIsMyth1ButNotCommandAndControl() throws Exception {
        Evaluation paid = PlanItems.evaluation(INSTRUCTED.formatted("TARIFF"));
        Evaluation.Item paidMyth = item(paid, "myth-1.diagnosis");
        assertNotEquals("CRITICAL", paidMyth.priority().band(), paidMyth::toString);
        assertTrue(paidMyth.signs().stream().noneMatch(s -> s.id().equals("myth-1.command-and-control")), paidMyth::toString);
        Evaluation targeted = PlanItems.evaluation(INSTRUCTED.formatted("TARGET"));
        Evaluation.Item targetedMyth = item(targeted, "myth-1.diagnosis");
        assertTrue(targetedMyth.signs().stream().anyMatch(s -> s.id().equals("myth-1.command-and-control")), targetedMyth::toString);
        assertTrue(targetedMyth.priority().score() > paidMyth.priority().score());
        Evaluation paidForATarget = PlanItems.evaluation(INSTRUCTED.formatted("TARIFF").replace("""
                {"type": "MANDATE",""", """
                {"type": "TARGET", "audiences": ["PROVIDERS"], "startMonth": 0},
                {"type": "MANDATE","""));
        Evaluation.Item incentiveMyth = item(paidForATarget, "myth-1.diagnosis");
        assertTrue(incentiveMyth.signs().stream().anyMatch(s -> s.id().equals("myth-1.command-and-control")), incentiveMyth::toString);
    }

    private static final String GRANT_WITH_NO_END = """
            {"title": "Prompt and audit on every ward", "stage": "%s", "durationMonths": 24,
             "innovation": {"nature": "INCREMENTAL", "form": "%s", "changesProfessionalRoles": false, "changesPowerRelationships": false},
             "resources": {"fundingModel": "CENTRAL_GRANT"},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 80000, "sites": 12, "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void whoPaysAfterWeighsLessForASmallChangeOfPracticeThanForAServiceThatMustBeStaffed() throws Exception {
        Evaluation.Item practice = item(PlanItems.evaluation(GRANT_WITH_NO_END.formatted("SCALING", "PRACTICE")), "gap.funding-after");
        Evaluation.Item service = item(PlanItems.evaluation(GRANT_WITH_NO_END.formatted("SCALING", "SERVICE")), "gap.funding-after");
        assertEquals("HIGH", service.priority().band(), service::toString);
        assertNotEquals("HIGH", practice.priority().band(), practice::toString);
    }

    @Test
    void aServiceSustainedOnAGrantIsAskedWhoPaysAfterAsAKeyQuestion() throws Exception {
        Evaluation.Item sustaining = item(PlanItems.evaluation(GRANT_WITH_NO_END.formatted("SUSTAINING", "SERVICE")), "gap.funding-after");
        assertEquals("HIGH", sustaining.priority().band(), sustaining::toString);
    }

    private static final String SUSTAINED_SAYING_NOTHING_OF_MONEY = """
            {"title": "Parent-led projects in neonatal units, year five", "planType": "PROGRAMME", "stage": "%s",
             "durationMonths": 12,
             "activities": [{"type": "COMMUNITY_GRANTS", "budget": 60000, "description": "Small grants to parent groups"}],
             "stakeholders": [{"group": "FAMILIES", "role": "LEADING"}]}""";

    /**
     * Whether spread lasts is what sustaining is about, and money decides it (SCIE): silence on it is a key question.
     * The plan lists its grants, so it is asked where that money comes from and until when (gap.funding.source), not
     * told it lists no money.
     */
    @Test
    void aProgrammeSustainingSpreadThatSaysNothingOfItsMoneyIsNotReady() throws Exception {
        Evaluation sustaining = PlanItems.evaluation(SUSTAINED_SAYING_NOTHING_OF_MONEY.formatted("SUSTAINING"));
        assertEquals("HIGH", item(sustaining, "gap.funding.source").priority().band(), item(sustaining, "gap.funding.source")::toString);
        assertNotEquals("READY", sustaining.summary().verdict(), sustaining.summary()::toString);
        Evaluation.Item designing = item(PlanItems.evaluation(SUSTAINED_SAYING_NOTHING_OF_MONEY.formatted("DESIGN")), "gap.funding.source");
        assertNotEquals("HIGH", designing.priority().band(), designing::toString);
    }

    private static final String COMMISSIONED_MONEY_ENDING_HALF_WAY = """
            {"title": "Remote monitoring pathways, years four and five", "stage": "SUSTAINING", "durationMonths": 24,
             "innovation": {"valueForMoneyShown": true},
             "resources": {"fundingModel": "COMMISSIONED", "fundingEndsMonth": 12, "fundingForSpreadSecured": true},
             "enablers": {"commissioningRoute": true},
             "activities": [
               {"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "budget": 640000, "sites": 12, "startMonth": 0, "endMonth": 12},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 11, "startMonth": 0, "endMonth": 24}%s]}""";

    /**
     * A commissioned model whose money ends before the spread work does names who paid, not who pays after: only work
     * that agrees the next contract secures that (SCIE, commissioning for sustainable spread).
     */
    @Test
    void commissionedMoneyThatEndsBeforeTheWorkIsACliffUntilWorkAgreesTheNextContract() throws Exception {
        Evaluation claimed = PlanItems.evaluation(COMMISSIONED_MONEY_ENDING_HALF_WAY.formatted(""));
        assertTrue(ids(claimed).contains("rec.scie-e08.funding-cliff"), ids(claimed)::toString);
        assertNotEquals("READY", claimed.summary().verdict(), claimed.summary()::toString);
        assertFalse(ids(claimed).contains("strength.dvf.viable"), ids(claimed)::toString);
        Evaluation agreed = PlanItems.evaluation(COMMISSIONED_MONEY_ENDING_HALF_WAY.formatted("""
                , {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 6, "endMonth": 12}"""));
        assertFalse(ids(agreed).contains("rec.scie-e08.funding-cliff"), ids(agreed)::toString);
        assertTrue(ids(agreed).contains("strength.dvf.viable"), ids(agreed)::toString);
    }

    /**
     * Viability is a condition of spread (Albury's viable test; SCIE, funding and commissioning): however many myths
     * fill the first actions, the plan's worst viability problem keeps a place among them. A programme that falls for
     * every myth, and whose central grant ends nine months before its spread work, is told to plan who pays.
     */
    @Test
    void aFundingCliffKeepsItsPlaceAmongTheFirstActionsBesideManyMyths() throws Exception {
        // A calibration draft (screen-and-treat challenge) with its grant ending in month 25 of its 34 months of spread work.
        String plan;
        try (java.io.InputStream in = getClass().getResourceAsStream("/plans/five-myths-and-a-funding-cliff.json")) {
            plan = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Evaluation evaluation = PlanItems.evaluation(plan);
        assertTrue(evaluation.summary().myths().size() >= 4, evaluation.summary()::toString);
        assertTrue(ids(evaluation).contains("rec.scie-e08.funding-cliff"), ids(evaluation)::toString);
        assertTrue(evaluation.summary().firstActions().contains("rec.scie-e08.funding-cliff"), evaluation.summary()::toString);
        assertEquals(5, evaluation.summary().firstActions().size(), evaluation.summary()::toString);
    }

    private static final String TARGET_WITH_NETWORKS = """
            {"title": "Paediatric diabetes best practice across every unit", "stage": "SCALING", "durationMonths": 36,
             "activities": [
               {"type": "TARGET", "audiences": ["PROVIDERS"], "budget": 400000, "startMonth": 0, "endMonth": 36},
               {"type": "PUBLICATION", "audiences": ["CLINICIANS"], "budget": 20000, "startMonth": 0, "endMonth": 3},
               {"type": "ADOPTER_NETWORK", "audiences": ["CLINICIANS", "PROVIDERS"], %s}]}""";

    /**
     * How big the support is decides whether it answers Myth 1, but a sign about its size (a token, or a size the
     * plan does not give) does not on its own say the plan is built on the myth: such a diagnosis is held below
     * CRITICAL unless other signs carry it. Token and unknown are weighed alike (less detail is never kinder).
     */
    @Test
    void aMythThatRestsOnTheSizeOfTheSupportIsNotCriticalOnThatAlone() throws Exception {
        Evaluation unsized = PlanItems.evaluation(TARGET_WITH_NETWORKS.formatted("\"startMonth\": 0"));
        Evaluation token = PlanItems.evaluation(TARGET_WITH_NETWORKS.formatted("\"startMonth\": 0, \"endMonth\": 0"));
        for (Evaluation evaluation : List.of(unsized, token)) {
            Evaluation.Item myth = item(evaluation, "myth-1.diagnosis");
            assertEquals("HIGH", myth.priority().band(), myth::toString);
            assertTrue(myth.signs().stream().anyMatch(sign -> sign.id().equals(evaluation == token
                    ? "sign.myth-1.token-support" : "sign.myth-1.unsized-support")), myth::toString);
        }
        // Nor is a token or unsized network weighed as worse than none at all (it was: its sign lifted the myth to CRITICAL).
        Evaluation none = PlanItems.evaluation(TARGET_WITH_NETWORKS.formatted("\"startMonth\": 0, \"endMonth\": 36").replace("ADOPTER_NETWORK", "NEWSLETTER"));
        assertEquals("HIGH", item(none, "myth-1.diagnosis").priority().band(), item(none, "myth-1.diagnosis")::toString);
        Evaluation rolesChange = PlanItems.evaluation(TARGET_WITH_NETWORKS.formatted("\"startMonth\": 0")
                .replace("\"durationMonths\": 36,", "\"durationMonths\": 36, \"innovation\": {\"changesProfessionalRoles\": true},"));
        assertEquals("CRITICAL", item(rolesChange, "myth-1.diagnosis").priority().band(), item(rolesChange, "myth-1.diagnosis")::toString);
    }

    @Test
    void theFirstActionIsAProblemTheAdviceFoundBeforeAFieldThePlanLeftBlank() throws Exception {
        Evaluation sparse = PlanItems.evaluation("""
                {"title": "Quit texts at booking", "stage": "IDEA", "innovation": {"form": "SERVICE", "origin": "IMPORTED"},
                 "activities": [{"type": "PILOT", "audiences": ["CLINICIANS"], "sites": 2}],
                 "scale": {"targetAdopters": 6, "currentAdopters": 0}}""");
        List<String> first = sparse.summary().firstActions();
        assertFalse(first.isEmpty(), sparse::toString);
        Evaluation.Item lead = item(sparse, first.get(0));
        assertNotEquals("GAP", lead.kind(), () -> first + " leads with a blank field");
    }

    /**
     * How radical the innovation is decides whether transfer can carry it, so a plan that relies on transfer and does
     * not say is asked; but the answer is a classification, not one of the plan's worst problems, so it never takes a
     * first action's place (two independent reviewers: "form-filling" in "Act on these first").
     */
    @Test
    void sayingHowRadicalTheInnovationIsIsAskedButIsNotAFirstAction() throws Exception {
        Evaluation transfer = PlanItems.evaluation("""
                {"title": "Falls medicines review in community pharmacies", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "approach": {"routes": ["TRANSFER"]},
                 "resources": {"fundingForSpreadSecured": true, "fundingModel": "COMMISSIONED"},
                 "activities": [
                   {"type": "TRAINING", "audiences": ["PROFESSIONALS"], "budget": 30000, "startMonth": 0, "endMonth": 6},
                   {"type": "WEBINAR", "audiences": ["PROFESSIONALS"], "budget": 2000, "startMonth": 0, "endMonth": 3}
                 ]}""");
        assertTrue(PlanItems.ids(transfer).contains("gap.innovation.nature"), PlanItems.ids(transfer)::toString);
        assertFalse(transfer.summary().firstActions().contains("gap.innovation.nature"), transfer.summary().firstActions()::toString);
    }

    @Test
    void anInnovationFromElsewhereWithACodifiedCoreIsAskedWhatEachPlaceMayAdapt() throws Exception {
        String plan = """
                {"title": "Licensed first-aid course in mental health", "stage": "SCALING",
                 "innovation": {"origin": "IMPORTED", "corePrinciplesCodified": true%s},
                 "activities": [{"type": "TRAINING", "audiences": ["PROFESSIONALS"], "budget": 90000, "startMonth": 0, "endMonth": 24}]}""";
        assertTrue(PlanItems.of(plan.formatted("")).contains("gap.core-and-adaptation"));
        assertFalse(PlanItems.of(plan.formatted(", \"localAdaptationAllowed\": true")).contains("gap.core-and-adaptation"));
    }

    @Test
    void anOrganisationCoProducingWhileTheUsersAreOnlyConsultedIsMyth5EvenForASmallChange() throws Exception {
        // Users consulted about a small change is advised on, not diagnosed; an organisation co-producing in their
        // place is the myth. (Users only informed are the myth whatever the change: UsersOnlyToldOfASmallChangeTest.)
        String plan = """
                {"title": "Wellbeing prescriptions for young carers", "stage": "DESIGN",
                 "innovation": {"nature": "INCREMENTAL", "changesProfessionalRoles": false},
                 "stakeholders": [{"group": "VOLUNTARY_SECTOR", "role": "%s"}, {"group": "FAMILIES", "role": "CONSULTED"}],
                 "activities": [{"type": "COMMUNITY_GRANTS", "audiences": ["VOLUNTARY_SECTOR"], "budget": 120000, "sites": 12, "startMonth": 6, "endMonth": 24}]}""";
        assertTrue(PlanItems.of(plan.formatted("CO_PRODUCING")).contains("myth-5.diagnosis"));
        assertFalse(PlanItems.of(plan.formatted("INVOLVED")).contains("myth-5.diagnosis"));
    }

    private static final String PUMP_PRIMED = """
            {"title": "Self-referral to pelvic health physiotherapy", "stage": "SCALING", "durationMonths": 36,
             "resources": {"fundingModel": "PUMP_PRIME_THEN_HANDOVER", "fundingEndsMonth": 12},
             "activities": [
               {"type": "WORKFORCE_REDESIGN", "audiences": ["MANAGERS", "CLINICIANS"], "budget": 620000, "sites": 7, "startMonth": 0, "endMonth": 36}%s]}""";

    @Test
    void aHandoverModelThatNamesNobodyDoesNotSoftenAFundingCliff() throws Exception {
        Evaluation.Item label = item(PlanItems.evaluation(PUMP_PRIMED.formatted("")), "rec.scie-e08.funding-cliff");
        Evaluation.Item engaged = item(PlanItems.evaluation(PUMP_PRIMED.formatted("""
                , {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 6, "endMonth": 12}""")), "rec.scie-e08.funding-cliff");
        assertTrue(label.priority().contributions().stream().noneMatch(c -> c.ruleId().equals("priority.funding.cliff-handover-named")), label::toString);
        assertTrue(engaged.priority().contributions().stream().anyMatch(c -> c.ruleId().equals("priority.funding.cliff-handover-named")), engaged::toString);
        assertEquals("CRITICAL", label.priority().band(), label::toString);
    }

    @Test
    void aPlanWhoseWorkBuildsNoRolesSkillsOrInfrastructureIsAskedWhatMakesItFeasible() throws Exception {
        String plan = """
                {"title": "Hearing checks in libraries", "stage": "EARLY_SPREAD",
                 "activities": [{"type": "PILOT", "audiences": ["PROVIDERS"], "sites": 2}%s]}""";
        Evaluation silent = PlanItems.evaluation(plan.formatted(""));
        assertTrue(silent.advice().stream().anyMatch(i -> i.kind().equals("GAP") && i.refs().contains("DVF-2")), ids(silent)::toString);
        Evaluation trained = PlanItems.evaluation(plan.formatted("""
                , {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 6}"""));
        assertTrue(trained.advice().stream().noneMatch(i -> i.kind().equals("GAP") && i.refs().contains("DVF-2")), ids(trained)::toString);
    }

    @Test
    void handsOnSupportForAdoptersIsAdvisedInOneItemNotOnceForTheMythAndOnceForThePilots() throws Exception {
        Evaluation targeted = PlanItems.evaluation(INSTRUCTED.formatted("TARGET"));
        List<Evaluation.Item> support = targeted.advice().stream()
                .filter(i -> i.ruleId().equals("rec.myth-1.organisational-support") || i.ruleId().equals("rec.ato-r4.beyond-pilots"))
                .toList();
        assertEquals(1, support.size(), ids(targeted)::toString);
        assertTrue(support.get(0).trace().merged() != null && !support.get(0).trace().merged().isEmpty(), support.get(0)::toString);
        assertTrue(support.get(0).refs().containsAll(List.of("ATO-R1", "ATO-R4", "MECH-1")), support.get(0)::toString);
    }

    @Test
    void valueForMoneyIsACheckWhereCommissionersAlreadyPayAndAKeyQuestionWhereNobodyDoes() throws Exception {
        String plan = """
                {"title": "Falls response in care homes", "stage": "SCALING",
                 "activities": [{"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "startMonth": 0, "endMonth": 24}%s]}""";
        Evaluation.Item unpaid = item(PlanItems.evaluation(plan.formatted("")), "gap.dvf.viable");
        Evaluation.Item commissioned = item(PlanItems.evaluation(plan.formatted("""
                , {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 24}""")), "gap.dvf.viable");
        assertTrue(commissioned.priority().score() < unpaid.priority().score(), commissioned::toString);
        assertEquals("LOW", commissioned.priority().band(), commissioned::toString);
    }

    private static final String LICENSED = """
            {"title": "Peer mentoring for young parents, licensed to other charities", "planType": "INNOVATION", "stage": "SCALING",
             "innovation": {"changesProfessionalRoles": true},
             "stakeholders": [{"group": "USER_NETWORKS", "role": "LEADING"}, {"group": "VOLUNTARY_SECTOR", "role": "INFORMED"}],
             "activities": [
               {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS", "USER_NETWORKS"], "budget": 8000, "startMonth": 0, "endMonth": 24},
               {"type": "COACHING", "audiences": ["INNOVATORS"], "budget": 90000, "startMonth": 0, "endMonth": 24},
               {"type": "TRAINING", "audiences": ["INNOVATORS"], "budget": 25000, "startMonth": 3, "endMonth": 9},
               {"type": "WEBINAR", "audiences": ["VOLUNTARY_SECTOR"], "budget": 4000, "sites": 9, "startMonth": 6, "endMonth": 24},
               {"type": "WEBSITE", "audiences": ["VOLUNTARY_SECTOR"], "budget": 12000, "startMonth": 6, "endMonth": 24}%s]}""";

    @Test
    void coachingTheInnovatorsOwnTeamToScaleOneInnovationIsNotSupplyNorSupportForTheOrganisationsThatAdoptThoughUsersLeadTheDesign() throws Exception {
        List<String> items = PlanItems.of(LICENSED.formatted(""));
        assertFalse(items.contains("myth-4.diagnosis"), items::toString);
        assertTrue(items.contains("myth-1.diagnosis"), items::toString);
        assertTrue(items.contains("rec.iu-1.support-adopters-too"), items::toString);
        List<String> pipeline = PlanItems.of(LICENSED.formatted("""
                , {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS"], "budget": 400000, "startMonth": 0, "endMonth": 24}"""));
        assertTrue(pipeline.contains("myth-4.diagnosis"), pipeline::toString);
        List<String> supported = PlanItems.of(LICENSED.formatted("""
                , {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["VOLUNTARY_SECTOR"], "budget": 150000, "sites": 9, "startMonth": 6, "endMonth": 24}"""));
        assertFalse(supported.contains("rec.iu-1.support-adopters-too"), supported::toString);
    }

    @Test
    void aStatutoryFunderOfOthersServicesIsNotToldToHostTheServiceForNeighbouringAreas() throws Exception {
        String plan = """
                {"title": "Out-of-hospital care for people who are homeless", "stage": "EARLY_SPREAD", %s
                 "innovation": {"nature": "RADICAL", "form": "SERVICE"},
                 "approach": {"routes": ["TRANSFER"]},
                 "resources": {"leadOrganisation": "STATUTORY_BODY"%s},
                 "activities": [{"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 15850000, "sites": 17, "startMonth": 0, "endMonth": 24}]}""";
        assertTrue(PlanItems.of(plan.formatted("", "")).contains("rec.myth-2.statutory-growth"));
        assertFalse(PlanItems.of(plan.formatted("\"planType\": \"PROGRAMME\",", "")).contains("rec.myth-2.statutory-growth"));
        assertFalse(PlanItems.of(plan.formatted("", ", \"scalingLead\": \"INTERMEDIARY\"")).contains("rec.myth-2.statutory-growth"));
    }

    private static final String HIGH_TURNOVER = """
            {"title": "Assisted lift after a fall", "stage": "SCALING", "sector": "ADULT_SOCIAL_CARE", "durationMonths": 24,
             "resources": {"staffTurnover": "HIGH"},
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 90000, "sites": 40, "startMonth": 0, "endMonth": %d}]}""";

    /** The item on high turnover: "plan for it", or "keep training new staff" where training runs as long as the plan. */
    private static Evaluation.Item turnoverItem(Evaluation evaluation) {
        return evaluation.advice().stream().filter(i -> i.refs().contains("SCIE-I12") && !i.kind().equals("STRENGTH")).findFirst()
                .orElseThrow(() -> new AssertionError("no turnover item in " + PlanItems.ids(evaluation)));
    }

    @Test
    void highTurnoverWeighsLessWhereTrainingRunsAsLongAsThePlan() throws Exception {
        Evaluation.Item once = item(PlanItems.evaluation(HIGH_TURNOVER.formatted(6)), "rec.scie-i12.turnover");
        Evaluation.Item throughout = turnoverItem(PlanItems.evaluation(HIGH_TURNOVER.formatted(24)));
        assertTrue(throughout.priority().score() < once.priority().score(), () -> throughout + " / " + once);
        assertEquals("HIGH", once.priority().band(), once::toString);
        assertNotEquals("HIGH", throughout.priority().band(), throughout::toString);
    }

    /**
     * A sliver of training beside the plan's big spend is no answer to turnover; leaving that spend's budget out must not
     * make it one (property 2 found it: GBP 6,000 of training beside GBP 410,000 of equipment for 34 providers counted
     * once the equipment's budget was dropped, turnover fell out of the HIGH band and the plan turned NEEDS_WORK).
     */
    @Test
    void aSliverOfTrainingNeverAnswersTurnoverByLeavingTheBigBudgetOut() throws Exception {
        String plan = """
                {"title": "Care app for home care workers", "stage": "SCALING", "sector": "ADULT_SOCIAL_CARE", "durationMonths": 18,
                 "scale": {"targetAdopters": 34},
                 "resources": {"staffTurnover": "HIGH"},
                 "activities": [
                   {"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 1, "sites": 34 %s},
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 6000, "startMonth": 0, "endMonth": 18}]}""";
        Evaluation.Item given = item(PlanItems.evaluation(plan.formatted(", \"budget\": 410000")), "rec.scie-i12.turnover");
        Evaluation.Item leftOut = item(PlanItems.evaluation(plan.formatted("")), "rec.scie-i12.turnover");
        assertEquals("HIGH", given.priority().band(), given::toString);
        assertTrue(leftOut.priority().score() >= given.priority().score(), () -> leftOut + " / " + given);
    }
}
