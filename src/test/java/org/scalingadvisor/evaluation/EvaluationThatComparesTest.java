package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan spreading on before-and-after evidence is asked whether its evaluation compares outcomes with places not yet
 * using the innovation (DVF-1, SCIE-I01). The plan can now answer: learning.evaluationCompares, which counts where an
 * evaluation of known size runs. Until now no field could close the question, and it led the report of a plan whose
 * evaluation used matched comparison schools (issue 18, the nineteenth tuning review).
 */
class EvaluationThatComparesTest {

    private static String plan(String learning) {
        return """
                {"title": "Return-to-school guide for anxious pupils", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Return guide", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER", "evidenceShows": "BENEFIT"},
                 %s
                 "activities": [
                   {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 80000},
                   {"type": "EVALUATION", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 40000}],
                 "stakeholders": [{"group": "FAMILIES", "role": "CO_PRODUCING"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}]}"""
                .formatted(learning);
    }

    @Test
    void anEvaluationThatComparesAnswersTheQuestion() throws Exception {
        List<String> ids = PlanItems.of(plan("\"learning\": {\"evaluationPlanned\": true, \"evaluationCompares\": true},"));
        assertFalse(ids.contains("gap.dvf.comparison"), ids.toString());
    }

    @Test
    void anEvaluationThatDoesNotCompareIsStillAsked() throws Exception {
        List<String> ids = PlanItems.of(plan("\"learning\": {\"evaluationPlanned\": true, \"evaluationCompares\": false},"));
        assertTrue(ids.contains("gap.dvf.comparison"), ids.toString());
    }
}
