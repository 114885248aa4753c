package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-producing the innovation with people who use services is one of the ways each group develops it (Albury,
 * Mechanism 2: many ways to demand, develop and support it; SCIE-2020, co-production): where the report advises both
 * alliances with their networks and co-production, it says so in one item, not in two beside the diagnosis (the
 * twenty-second sealed review: one point three times per report).
 */
class UsersPartSaidOnceTest {

    private static final String PLAN = """
            {"title": "Continuity of midwife carer", "stage": "SCALING", "durationMonths": 60,
             "innovation": {"name": "Continuity of carer", "nature": "SYSTEMIC", "changesProfessionalRoles": true},
             "approach": {"userInvolvement": "CONSULTED"},
             "activities": [
               {"type": "ADOPTER_FUNDING", "audiences": ["MANAGERS"], "startMonth": 3, "endMonth": 38, "budget": 900000},
               {"type": "ADOPTER_NETWORK", "audiences": ["MANAGERS", "CLINICIANS"], "startMonth": 8, "endMonth": 60, "budget": 200000}],
             "stakeholders": [{"group": "MANAGERS", "role": "LEADING"}, {"group": "CLINICIANS", "role": "INVOLVED"},
               {"group": "SERVICE_USERS", "role": "CONSULTED"}]}""";

    @Test
    void alliancesAndCoProductionAreOneItem() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        List<Evaluation.Item> users = evaluation.advice().stream()
                .filter(i -> i.refs().contains("SCIE-I08") || i.refs().contains("MECH-2.3")).toList();
        assertTrue(evaluation.summary().myths().contains("MYTH-5"), PlanItems.ids(evaluation).toString());
        assertEquals(1, users.stream().filter(i -> i.kind().equals("RECOMMENDATION")).count(), PlanItems.ids(evaluation).toString());
        Evaluation.Item merged = users.stream().filter(i -> i.kind().equals("RECOMMENDATION")).findFirst().orElseThrow();
        assertTrue(merged.refs().containsAll(List.of("SCIE-I08", "MECH-2.3")), merged.refs().toString());
    }
}
