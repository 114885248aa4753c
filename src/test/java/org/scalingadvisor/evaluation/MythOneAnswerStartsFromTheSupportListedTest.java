package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingadvisor.evaluation.PlanItems.ids;
import static org.scalingadvisor.evaluation.PlanItems.item;

/**
 * Myth 1's answer starts from what the plan lists: a token of help is called a token and told to grow, not answered
 * as if the plan gave none; and money the plan pays for the service reaches the staff who deliver it when it is
 * commissioned from their organisations (Albury, Myth 1: organisational supports and interactions).
 */
class MythOneAnswerStartsFromTheSupportListedTest {

    private static final String INFORMING_PLAN_WITH_TOKEN_COACHING = """
            {"title": "Falls prevention exercise in every care home", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "activities": [
               {"type": "PUBLICATION", "audiences": ["PROVIDERS"], "budget": 40000, "startMonth": 0, "endMonth": 3},
               {"type": "CONFERENCE", "audiences": ["PROVIDERS", "FRONTLINE_STAFF"], "budget": 60000, "startMonth": 2, "endMonth": 20},
               {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 1000, "startMonth": 3, "endMonth": 15}]}""";

    @Test
    void aTokenOfHelpIsCalledATokenAndToldToGrow() throws Exception {
        Evaluation token = PlanItems.evaluation(INFORMING_PLAN_WITH_TOKEN_COACHING);
        assertTrue(token.summary().myths().contains("MYTH-1"), ids(token)::toString);
        Evaluation.Item grow = item(token, "rec.myth-1.grow-the-support");
        assertTrue(grow.trace().evidence().contains("/activities/2/type"), grow.trace().evidence()::toString);
        assertFalse(ids(token).contains("rec.myth-1.organisational-support"), ids(token)::toString);
    }

    private static final String SUBSTANTIVE_SUPPORT_FOR_SOME_AND_A_TOKEN_VISIT = """
            {"title": "Peer workers in crisis teams", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"changesProfessionalRoles": true},
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 100000, "startMonth": 0, "endMonth": 24},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["VOLUNTARY_SECTOR"], "budget": 300000, "startMonth": 0, "endMonth": 24},
               {"type": "SITE_VISIT", "audiences": ["FRONTLINE_STAFF"], "budget": 20000, "startMonth": 3, "endMonth": 3}]}""";

    /** "The only help is a token" is said only where it is so: not beside substantive support for other adopters. */
    @Test
    void aTokenBesideSubstantiveSupportIsNotCalledTheOnlyHelp() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(SUBSTANTIVE_SUPPORT_FOR_SOME_AND_A_TOKEN_VISIT);
        assertTrue(evaluation.summary().myths().contains("MYTH-1"), ids(evaluation)::toString);
        assertFalse(ids(evaluation).contains("rec.myth-1.grow-the-support"), ids(evaluation)::toString);
    }

    private static final String TRAINED_STAFF_AND_COMMISSIONING = """
            {"title": "Health champions in community pharmacies", "stage": "EARLY_SPREAD",
             "innovation": {"changesProfessionalRoles": true},
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"]},
               {"type": "PUBLICATION", "audiences": ["PROVIDERS"]},
               {"type": "COMMISSIONING", "audiences": %s}]}""";

    /** Commissioning aimed only at commissioners buys the service from its providers: it pays the staff's own organisations. */
    @Test
    void commissioningTheServicePaysTheOrganisationsOfTheStaffWhoDeliverIt() throws Exception {
        Evaluation commissioned = PlanItems.evaluation(TRAINED_STAFF_AND_COMMISSIONING.formatted("[\"COMMISSIONERS\"]"));
        assertFalse(signs(commissioned).contains("sign.myth-1.changing-staff-unsupported"), ids(commissioned)::toString);
        Evaluation paysOthers = PlanItems.evaluation(TRAINED_STAFF_AND_COMMISSIONING.formatted("[\"CLINICIANS\", \"COMMISSIONERS\"]"));
        assertTrue(signs(paysOthers).contains("sign.myth-1.changing-staff-unsupported"), ids(paysOthers)::toString);
        Evaluation paysACharity = PlanItems.evaluation(TRAINED_STAFF_AND_COMMISSIONING.formatted("[\"VOLUNTARY_SECTOR\", \"COMMISSIONERS\"]"));
        assertTrue(signs(paysACharity).contains("sign.myth-1.changing-staff-unsupported"), ids(paysACharity)::toString);
    }

    private static List<String> signs(Evaluation evaluation) {
        return evaluation.advice().stream().filter(i -> i.ruleId().equals("myth-1.diagnosis"))
                .flatMap(i -> i.signs().stream()).map(s -> s.id()).toList();
    }

    private static final String PILOT_CO_DESIGNED_WITH_SITES = """
            {"title": "Treatment requirements: protocol testbeds", "stage": "PILOT",
             "innovation": {"nature": "SYSTEMIC", "changesProfessionalRoles": true},
             "activities": [
               {"type": "PUBLICATION", "audiences": ["PROVIDERS", "PROFESSIONALS"], "startMonth": 0},
               {"type": "CO_DESIGN", "audiences": ["PROVIDERS", "PROFESSIONALS", "COMMISSIONERS"], "sites": 5},
               {"type": "PILOT", "audiences": ["PROVIDERS"], "startMonth": 0, "sites": 5}]}""";

    /** Albury, Myth 1: "organisational supports and interactions". Co-designing with the sites is interaction, not telling. */
    @Test
    void coDesigningWithTheAdoptingSitesIsNotTellingThem() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PILOT_CO_DESIGNED_WITH_SITES);
        List<String> signs = signs(evaluation);
        assertFalse(signs.contains("myth-1.information-only"), signs::toString);
        assertTrue(signs.contains("sign.myth-1.unsized-support"), signs::toString);
    }
}
