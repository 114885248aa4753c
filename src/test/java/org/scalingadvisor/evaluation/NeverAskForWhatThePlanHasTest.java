package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Myth 3's answer while spreading asks adopting sites to become co-developers: agree a core, let each place adapt the
 * rest, feed back. Where the plan already codifies the core and allows local adaptation, asking for those contradicts
 * it; the answer then asks only for what is missing, the adopters' part in shaping the next version. Seen on a mandate
 * for health visitor reviews whose plan gave both (issue 18, the twentieth sealed review). Weak evidence is built through
 * the evaluation the plan has, named beside the advice, not as if it had none.
 */
class NeverAskForWhatThePlanHasTest {

    private static final String PLAN = """
            {"title": "Health visitor reviews", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Reviews", "nature": "INCREMENTAL", "evidence": "CONTROLLED",
                            "corePrinciplesCodified": %s, "localAdaptationAllowed": %s},
             "scale": {"targetAdopters": 150},
             "approach": {"spreadPlanningStarts": "AFTER_PILOT", "adopterInvolvement": "INFORMED"},
             "activities": [
               {"type": "COACHING", "audiences": ["COMMISSIONERS"], "startMonth": 0, "endMonth": 24, "budget": 300000, "sites": 150}],
             "stakeholders": [{"group": "COMMISSIONERS", "role": "INFORMED"}, {"group": "FAMILIES", "role": "INVOLVED"}]}""";

    @Test
    void aCodifiedCoreWithLocalAdaptationIsNotAskedFor() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("true", "true"));
        assertTrue(ids.contains("myth-3.diagnosis"), ids.toString());
        assertFalse(ids.contains("rec.myth-3.adapt-together"), ids.toString());
        assertTrue(ids.contains("rec.myth-3.adopters-shape-it"), ids.toString());
    }

    @Test
    void withoutThemTheFullAnswerStands() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("false", "true"));
        assertTrue(ids.contains("rec.myth-3.adapt-together"), ids.toString());
        assertFalse(ids.contains("rec.myth-3.adopters-shape-it"), ids.toString());
    }

    private static final String WEAK_EVIDENCE = """
            {"title": "Shared haemodialysis care", "stage": "SCALING", "durationMonths": 36,
             "innovation": {"name": "Patients doing their own dialysis tasks", "evidence": "ANECDOTAL"},
             "activities": [
               {"type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 30, "budget": 200000, "sites": 12},
               {"type": "EVALUATION", "description": "Stepped-wedge evaluation of 600 patients", "audiences": ["PROVIDERS"],
                "startMonth": 0, "endMonth": 36, "budget": 400000, "sites": 12}]}""";

    /** The twenty-first tuning review: a 600-patient evaluation went unmentioned beside "build evidence as it spreads". */
    @Test
    void weakEvidenceIsBuiltThroughTheEvaluationThePlanHas() throws Exception {
        Evaluation.Item item = PlanItems.item(PlanItems.evaluation(WEAK_EVIDENCE), "rec.dvf.evidence");
        assertTrue(item.about() != null && item.about().stream().anyMatch(a -> a.contains("Stepped-wedge evaluation")),
                String.valueOf(item.about()));
        assertTrue(item.message().contains("where the plan evaluates"), item.message());
    }
}
