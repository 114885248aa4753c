package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People who use services whom the plan itself names as only informed or consulted, and whom nothing reaches but an
 * event or social media, are heard, not mobilised (Albury, Myth 5: the existence, power and mobilisation of user
 * networks; SCIE-2020, co-production rather than consultation). An annual meeting "to hear views" must neither clear
 * Myth 5 nor earn praise for mobilised citizens beside advice to co-produce (the twenty-second sealed review: relabelling
 * that meeting from PUBLIC_EVENT to OTHER turned the praise into a HIGH Myth 5).
 */
class BeingHeardIsNotActingTest {

    private static final String PLAN = """
            {"title": "Family nurses in three more regions", "stage": "EARLY_SPREAD", "durationMonths": 30,
             "innovation": {"name": "Family and community nurses", "nature": "RADICAL", "changesProfessionalRoles": true},
             "approach": {"userInvolvement": "CONSULTED"},
             "activities": [
               {"type": "TRAINING", "audiences": ["CLINICIANS"], "startMonth": 2, "endMonth": 14, "budget": 180000},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["MANAGERS", "CLINICIANS"], "startMonth": 3, "endMonth": 24, "budget": 140000},
               {"type": "%s", "audiences": ["CITIZENS", "USER_NETWORKS"], "startMonth": 4, "endMonth": 20, "budget": 12000}],
             "stakeholders": [{"group": "MANAGERS", "role": "LEADING", "engagementRoute": true},
               {"group": "CLINICIANS", "role": "INVOLVED", "engagementRoute": true},
               {"group": "USER_NETWORKS", "role": "%s", "network": "MODERATE", "engagementRoute": true},
               {"group": "CITIZENS", "role": "CONSULTED"}]}""";

    @Test
    void aMeetingToHearConsultedUsersIsNotMobilisation() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("PUBLIC_EVENT", "CONSULTED"));
        List<String> ids = PlanItems.ids(evaluation);
        assertTrue(evaluation.summary().myths().contains("MYTH-5"), ids.toString());
        assertFalse(ids.contains("strength.citizens-mobilised"), ids.toString());
    }

    @Test
    void theLabelDoesNotDecide() throws Exception {
        Evaluation event = PlanItems.evaluation(PLAN.formatted("PUBLIC_EVENT", "CONSULTED"));
        Evaluation other = PlanItems.evaluation(PLAN.formatted("OTHER", "CONSULTED"));
        assertTrue(event.summary().myths().contains("MYTH-5") == other.summary().myths().contains("MYTH-5"),
                PlanItems.ids(event) + " / " + PlanItems.ids(other));
    }

    @Test
    void usersWhoTakePartAreNotOnlyHeard() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("PUBLIC_EVENT", "INVOLVED"));
        assertFalse(evaluation.summary().myths().contains("MYTH-5"), PlanItems.ids(evaluation).toString());
    }

    @Test
    void consultedUsersWhoAlsoMobiliseTheirNetworksAreNotOnlyHeard() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("USER_NETWORK_MOBILISATION", "CONSULTED"));
        assertFalse(evaluation.summary().myths().contains("MYTH-5"), PlanItems.ids(evaluation).toString());
    }
}
