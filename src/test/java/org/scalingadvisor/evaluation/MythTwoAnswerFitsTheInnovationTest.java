package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Myth 2 (Albury): radical innovations spread mostly by the organisations that run them well taking on more, not by
 * others copying. What the plan should do about it depends on what the innovation is and who leads it, and the
 * diagnosis never says the plan lacks what it lists.
 */
class MythTwoAnswerFitsTheInnovationTest {

    private static final String COPIED = """
            {"title": "Shared-care records copied from one area to the next", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"nature": "RADICAL", "form": "%s"},
             "approach": {"routes": ["TRANSFER"]},
             "resources": {"leadOrganisation": "%s"},
             "activities": [
               {"type": "CASE_STUDY", "audiences": ["MANAGERS"], "budget": 5000, "startMonth": 0, "endMonth": 6}%s]}""";

    private static String plan(String form, String lead, String more) {
        return COPIED.formatted(form, lead, more);
    }

    @Test
    void aNetworkListedWithoutItsSizeIsNotCalledAbsent() throws Exception {
        Evaluation unsized = PlanItems.evaluation(plan("SERVICE", "CHARITY", """
                , {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0}"""));
        List<String> signs = signsOf(unsized, "myth-2.diagnosis");
        assertTrue(signs.contains("sign.myth-2.transfer-unsized-network"), signs::toString);
        assertFalse(signs.contains("myth-2.transfer-only"), signs::toString);
        List<String> none = signsOf(PlanItems.evaluation(plan("SERVICE", "CHARITY", "")), "myth-2.diagnosis");
        assertTrue(none.contains("myth-2.transfer-only"), none::toString);
    }

    @Test
    void aProductAStatutoryBodyBuysIsNotItsServiceToHost() throws Exception {
        List<String> product = PlanItems.of(plan("PRODUCT", "STATUTORY_BODY", ""));
        assertTrue(product.contains("myth-2.diagnosis"), product::toString);
        assertTrue(product.contains("rec.myth-2.product-purchase"), product::toString);
        assertFalse(product.contains("rec.myth-2.statutory-growth"), product::toString);
        assertTrue(PlanItems.of(plan("SERVICE", "STATUTORY_BODY", "")).contains("rec.myth-2.statutory-growth"));
    }

    @Test
    void aPracticeIsCarriedByItsPractitionersAndTheDiagnosisHasAnAnswer() throws Exception {
        Evaluation practice = PlanItems.evaluation(plan("PRACTICE", "STATUTORY_BODY", ""));
        List<String> ids = practice.advice().stream().map(Evaluation.Item::ruleId).toList();
        assertTrue(ids.contains("rec.myth-2.practice-carriers"), ids::toString);
        assertFalse(practice.summary().firstActions().contains("myth-2.diagnosis"),
                () -> "first actions " + practice.summary().firstActions());
    }

    @Test
    void anOrganisationThatLeadsScalingIsToldToGrowItNotToCreateOne() throws Exception {
        String led = """
                {"title": "A befriending service run by a national charity", "stage": "SCALING",
                 "innovation": {"nature": "SYSTEMIC", "form": "SERVICE"}, "approach": {"routes": ["TRANSFER"]},
                 "resources": {"scalingLead": "DEDICATED_ORGANISATION", "leadOrganisation": "CHARITY"},
                 "activities": [{"type": "WEBSITE", "audiences": ["PROVIDERS"], "budget": 2000, "startMonth": 0, "endMonth": 12}]}""";
        List<String> ids = PlanItems.of(led);
        assertTrue(ids.contains("rec.myth-2.lead-grows-it"), ids::toString);
        assertFalse(ids.contains("rec.myth-2.growth-routes"), ids::toString);
    }

    private static List<String> signsOf(Evaluation evaluation, String diagnosis) {
        List<List<String>> found = evaluation.advice().stream().filter(i -> i.ruleId().equals(diagnosis))
                .map(i -> i.signs().stream().map(Evaluation.Sign::id).toList()).toList();
        assertEquals(1, found.size(), () -> diagnosis + " in " + evaluation.advice().stream().map(Evaluation.Item::ruleId).toList());
        return found.get(0);
    }
}
