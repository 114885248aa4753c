package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Myth 4 is an imbalance: "successful diffusion and scaling requires equal attention to the demand side" (Albury,
 * Myth 4). A plan that funds more innovations than it builds demand for has work to do, not a stop sign, however many
 * of the myth's signs it shows: the diagnosis stays HIGH. Across the calibration corpus, independent writers signed a
 * plan whose only critical item was Myth 4 NEEDS_WORK four times (HeadStart, Healthy New Towns, the ACE programme, the
 * carers' short breaks fund) and NOT_READY once (issue 18, nineteenth session). Another myth, a funding cliff or
 * enough serious concerns still make the plan NOT_READY.
 */
class SupplyWithoutDemandIsWorkToDoTest {

    private static final String PLAN = """
            {"title": "Ideas fund for primary care networks", "stage": "EARLY_SPREAD", "durationMonths": 36,
             "innovation": {"name": "Local ideas", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER", "evidenceShows": "BENEFIT"},
             "resources": {"fundingForSpreadSecured": true, "fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": 36},
             "activities": [
               {"type": "INNOVATION_FUND", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36, "budget": 2000000},
               {"type": "INNOVATION_CALL", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 300000},
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36, "budget": 150000},
               {"type": "CO_DESIGN", "audiences": ["SERVICE_USERS"], "startMonth": 0, "endMonth": 36, "budget": 40000},
               {"type": "EVALUATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36, "budget": 100000}],
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}""";

    @Test
    void supplyOutweighingDemandIsHighAndNeedsWork() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        Evaluation.Item myth4 = PlanItems.item(evaluation, "myth-4.diagnosis");
        assertEquals("HIGH", myth4.priority().band(), myth4.priority().contributions().toString());
        assertEquals("NEEDS_WORK", evaluation.summary().verdict(), PlanItems.ids(evaluation).toString());
    }
}
