package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Myth 1 is the belief that spread is a matter of information: the dissemination of information and evidence, or in
 * its extreme form instruction (Albury, Myth 1). A plan that tells nobody anything and builds public demand (Albury's
 * Mechanism 2) does not hold that belief, whatever else it lacks: the demand-without-support sign needs some telling
 * for the demand to be weighed against. Seen on Maggie's growth plan, whose fundraising campaign drew "spread is
 * treated as information" with no informational activity in the plan (issue 18, the eighteenth sealed review).
 */
class DemandIsNotTellingTest {

    private static String plan(String extra) {
        return """
                {"title": "New centres in hospital grounds", "stage": "SCALING", "durationMonths": 36,
                 "innovation": {"name": "Drop-in support centres", "nature": "RADICAL", "changesProfessionalRoles": true,
                                "evidence": "BEFORE_AFTER"},
                 "approach": {"routes": ["ORGANISATIONAL_GROWTH"]},
                 "activities": [%s
                   {"type": "INFRASTRUCTURE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36, "budget": 900000},
                   {"type": "CAMPAIGN", "audiences": ["CITIZENS", "SERVICE_USERS"], "startMonth": 0, "endMonth": 36, "budget": 200000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(extra);
    }

    @Test
    void buildingDemandWithNoTellingIsNotMythOne() throws Exception {
        List<String> ids = PlanItems.of(plan(""));
        assertFalse(ids.contains("myth-1.diagnosis"), ids.toString());
    }

    @Test
    void buildingDemandBesideTellingWithNoSupportStillIs() throws Exception {
        List<String> ids = PlanItems.of(plan(
                "{\"type\": \"WEBSITE\", \"audiences\": [\"CLINICIANS\"], \"startMonth\": 0, \"endMonth\": 36, \"budget\": 20000},"));
        assertTrue(ids.contains("myth-1.diagnosis"), ids.toString());
    }
}
