package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that names who takes part, none of them people who use services, and does nothing of known size with them,
 * casts professionals as the only agents of spread (Albury, Myth 5), however many professional groups it lists.
 * Until now two named groups were needed, so listing one group fewer turned the diagnosis into a question (issue 18,
 * the nineteenth tuning review: RESTORE2 cut to one stakeholder line).
 */
class OneGroupFewerIsNoEscapeTest {

    private static String plan(String stakeholders) {
        return """
                {"title": "Soft signs tool in care homes", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Deterioration tool", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
                 "activities": [
                   {"type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 200000},
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 150000}],
                 "stakeholders": [%s]}"""
                .formatted(stakeholders);
    }

    @Test
    void oneProfessionalGroupAloneShowsTheMyth() throws Exception {
        List<String> ids = PlanItems.of(plan("{\"group\": \"FRONTLINE_STAFF\", \"role\": \"INVOLVED\"}"));
        assertTrue(ids.contains("myth-5.diagnosis"), ids.toString());
    }

    @Test
    void asDoTwo() throws Exception {
        List<String> ids = PlanItems.of(plan("{\"group\": \"FRONTLINE_STAFF\", \"role\": \"INVOLVED\"}, {\"group\": \"PROVIDERS\", \"role\": \"INVOLVED\"}"));
        assertTrue(ids.contains("myth-5.diagnosis"), ids.toString());
    }
}
