package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that says adopting teams have no protected time or resources is told so where the advice on supporting
 * adopters stands: the Myth 1 answer, which takes the place of the Against-the-Odds item on capacity, rests on that
 * answer too, wherever it is merged (the sixteenth sealed set's reviewer found "adopter capacity: no" read by no item).
 */
class NoCapacityIsReadTest {

    @Test
    void theMythOneAnswerNamesTheMissingCapacity() throws Exception {
        String plan = """
                {"title": "Leaflets and a mandate for every ward", "stage": "SCALING", "durationMonths": 24,
                 "enablers": {"adopterCapacity": false},
                 "activities": [
                   {"type": "PUBLICATION", "audiences": ["FRONTLINE_STAFF"], "budget": 20000, "startMonth": 0, "endMonth": 3},
                   {"type": "MANDATE", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24}]}""";
        Evaluation evaluation = PlanItems.evaluation(plan);
        String read = evaluation.advice().stream()
                .filter(i -> i.ruleId().startsWith("rec.myth-1.") || i.trace().merged().stream().anyMatch(m -> m.startsWith("rec.myth-1.")))
                .map(i -> i.ruleId() + ": " + String.join(" | ", i.about())).reduce("", (a, b) -> a + b + "\n");
        assertTrue(read.contains("adopter capacity: no"), PlanItems.ids(evaluation) + "\n" + read);
    }
}
