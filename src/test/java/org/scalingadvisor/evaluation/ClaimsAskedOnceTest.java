package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that ticks many claims with nothing behind them is asked about them in one item, not one per claim (the
 * twenty-first tuning review: six separate "show what delivers the claim" questions in one report). The item names
 * each claim and the others' titles; the verdict still weighs every unbacked claim as before.
 */
class ClaimsAskedOnceTest {

    @Test
    void unbackedClaimsAreOneQuestion() throws Exception {
        String plan = new ObjectMapper().readTree(Path.of("samples/calibration/draft-b-criteria-led-discharge.json").toFile())
                .path("plan").toString();
        Evaluation evaluation = PlanItems.evaluation(plan);
        List<Evaluation.Item> claims = evaluation.advice().stream().filter(i -> i.ruleId().startsWith("gap.claims")).toList();
        assertEquals(1, claims.size(), PlanItems.ids(evaluation).toString());
        Evaluation.Item item = claims.get(0);
        assertTrue(item.trace().merged().stream().filter(id -> id.startsWith("gap.claims")).count() >= 3, item.trace().merged().toString());
        assertTrue(item.message().contains("Also: "), item.message());
        assertEquals("NOT_READY", evaluation.summary().verdict());
    }
}
