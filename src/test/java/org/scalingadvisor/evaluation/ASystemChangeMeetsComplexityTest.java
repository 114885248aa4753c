package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCIE-2020 asks whether a plan recognises the system it works in as complex (SCIE-I04), singling out social care. An
 * innovation that changes a whole system meets that complexity in any sector. The twenty-sixth tuning half: a national
 * food-labelling law with restrictions on marketing to children, in health, was never asked.
 */
class ASystemChangeMeetsComplexityTest {

    private static final String PLAN = """
            {"title": "Warning seals on food", "planType": "INNOVATION", "sector": "HEALTH", "stage": "SCALING",
             "innovation": {"name": "Front-of-pack warnings", "nature": "%s"},
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}],
             "activities": [{"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 36}]}""";

    @Test
    void aSystemicChangeInHealthIsAsked() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("SYSTEMIC"));
        assertTrue(ids.contains("gap.complexity"), ids::toString);
    }

    @Test
    void anIncrementalOneInHealthIsNot() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("INCREMENTAL"));
        assertFalse(ids.contains("gap.complexity"), ids::toString);
    }
}
