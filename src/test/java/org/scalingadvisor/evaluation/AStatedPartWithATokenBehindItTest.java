package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A part the plan gives people who use services counts until what it does with them says otherwise (Albury, Myth 5: a
 * claim counts only where something the plan does delivers it). Where the only work with them is a token by its months
 * or has no money (one co-design session in month 20), Myth 5 is diagnosed; work of some length with money is not read
 * as a token, however small its budget, since what is small depends on the currency and the setting (the twenty-second
 * set's tuning half: a draft with residents "co-producing" through one unfunded session drew no Myth 5).
 */
class AStatedPartWithATokenBehindItTest {

    private static final String PLAN = """
            {"title": "Nurse clinics in hostels", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Nurse-led clinics", "nature": "RADICAL", "changesProfessionalRoles": true,
                            "evidence": "BEFORE_AFTER", "evidenceShows": "BENEFIT"},
             "scale": {"targetAdopters": 18},
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 300000, "sites": 18},
               {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS", "PROVIDERS"], %s}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"},
                              {"group": "SERVICE_USERS", "role": "CO_PRODUCING", "network": "STRONG", "engagementRoute": true}]}""";

    private static List<String> myth5Signs(String coDesign) throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(coDesign));
        if (!evaluation.summary().myths().contains("MYTH-5")) {
            return List.of();
        }
        return PlanItems.item(evaluation, "myth-5.diagnosis").signs().stream().map(Evaluation.Sign::id).toList();
    }

    @Test
    void oneUnfundedSessionIsTheirPart() throws Exception {
        assertTrue(myth5Signs("\"startMonth\": 20, \"endMonth\": 20").contains("sign.myth-5.token-user-part"));
        assertTrue(myth5Signs("\"startMonth\": 2, \"endMonth\": 20, \"budget\": 0").contains("sign.myth-5.token-user-part"));
    }

    @Test
    void workOfSomeLengthWithMoneyIsNotAToken() throws Exception {
        assertFalse(myth5Signs("\"startMonth\": 2, \"endMonth\": 20, \"budget\": 1500").contains("sign.myth-5.token-user-part"));
    }

    @Test
    void workOfUnknownSizeIsAskedAboutNotReadAsAToken() throws Exception {
        assertFalse(myth5Signs("\"startMonth\": 2").contains("sign.myth-5.token-user-part"));
    }
}
