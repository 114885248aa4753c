package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Myth 3 slows spread; it does not stop it. Albury's words: innovations spread "most rapidly and effectively" when
 * diffusion is planned from the outset with adopters and users in the design. A plan that pilots first, keeps
 * adopters out of design and allows no adaptation, but funds and supports the organisations that adopt, has work to
 * do (NEEDS_WORK), not a stop sign (NOT_READY). Across the calibration corpus, independent writers signed a plan whose
 * only critical item was Myth 3 NEEDS_WORK six times and NOT_READY twice (issue 18, seventeenth sealed set).
 */
class PilotFirstSlowsSpreadTest {

    private static final String PILOT_FIRST = """
            {"title": "Falls clinic in one trust, then to the region", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "innovation": {"name": "Community falls clinic", "nature": "INCREMENTAL", "origin": "HOME_GROWN",
                            "localAdaptationAllowed": false, "evidence": "BEFORE_AFTER"},
             "approach": {"spreadPlanningStarts": "AFTER_PILOT", "routes": ["TRANSFER"], "adopterInvolvement": "NONE",
                          "diverseAdopters": false},
             "resources": {"fundingForSpreadSecured": true, "fundingEndsMonth": 24, "fundingModel": "COMMISSIONED",
                           "scalingLead": "DEDICATED_TEAM"},
             "activities": [
               {"type": "PILOT", "audiences": ["PROVIDERS"], "sites": 1, "budget": 80000, "startMonth": 0, "endMonth": 12},
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "sites": 6, "budget": 120000, "startMonth": 12, "endMonth": 24},
               {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "sites": 6, "budget": 150000, "startMonth": 12, "endMonth": 24}],
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}""";

    @Test
    void myth3WithAllItsSignsIsSeriousButNotAStopSign() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PILOT_FIRST);
        Evaluation.Item myth3 = PlanItems.item(evaluation, "myth-3.diagnosis");
        assertEquals("HIGH", myth3.priority().band(), myth3.priority().contributions().toString());
        assertEquals("NEEDS_WORK", evaluation.summary().verdict(), PlanItems.ids(evaluation).toString());
    }
}
