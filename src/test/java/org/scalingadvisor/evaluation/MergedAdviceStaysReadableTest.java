package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two recommendations on the same element become one item, and the planner still reads what the second advised:
 * its title is named in the kept item's message. The twenty-first tuning review: a statutory grant's regulatory
 * barrier drew "Build the case and the coalition to change the rules that block it", merged into "Build alliances of
 * user and professional networks", and its words appeared nowhere in the report.
 */
class MergedAdviceStaysReadableTest {

    @Test
    void aMergedRecommendationIsNamedInTheItemThatKeepsIt() throws Exception {
        String plan = new ObjectMapper().readTree(Path.of("samples/calibration/real-b-disabled-facilities-grant.json").toFile())
                .path("plan").toString();
        Evaluation evaluation = PlanItems.evaluation(plan);
        Evaluation.Item kept = evaluation.advice().stream()
                .filter(i -> i.trace().merged().contains("rec.scie-e06.rules-that-block")).findFirst()
                .orElseThrow(() -> new AssertionError("expected the rules-that-block advice merged: " + PlanItems.ids(evaluation)));
        assertTrue(kept.message().contains("Build the case and the coalition to change the rules that block it"), kept.message());
        for (Evaluation.Item item : evaluation.advice()) {
            for (String merged : item.trace().merged()) {
                assertTrue(item.message().contains("Also:"), item.ruleId() + " keeps " + merged + " without naming it: " + item.message());
            }
        }
    }
}
