package org.scalingadvisor.plan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, finding 8: a large plan full of faults is rejected after the first 50 faults, saying
 * how much went unchecked, instead of computing every fault first (the cost is measured by
 * bench/http.sh, not timed here).
 */
class CheapRejectionTest {

    private static final String BAD_ACTIVITY = "{\"type\":\"NOT_A_TYPE\",\"budget\":-1,\"startMonth\":-2,\"colour\":\"red\","
            + "\"description\":\"" + "d".repeat(600) + "\"}";

    @Test
    void aLargeFaultyPlanStopsAtFiftyAndSaysHowManyItemsWentUnchecked() {
        String plan = "{\"title\":\"Big and wrong\",\"activities\":[" + String.join(",", Collections.nCopies(500, BAD_ACTIVITY)) + "]}";
        assertTrue(plan.length() > 300_000, "about the size of the probe's plan");
        PlanRejectedException e = assertThrows(PlanRejectedException.class,
                () -> new PlanReader().read(plan.getBytes(StandardCharsets.UTF_8)));
        assertEquals(50, e.errors().size());
        assertTrue(e.getMessage().matches("The plan has at least 50 problems; checking stopped at 50 \\(4\\d\\d list items were not checked\\)\\."),
                e.getMessage());
        assertEquals("/activities/0/budget", e.errors().get(0).pointer());
    }

    @Test
    void aSmallFaultyPlanListsEveryFault() {
        PlanRejectedException e = assertThrows(PlanRejectedException.class, () -> new PlanReader().read(
                "{\"title\":\"x\",\"sector\":\"HOSPITAL\",\"durationMonths\":0,\"activities\":[{\"type\":\"PILOT\",\"budget\":-1}]}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("The plan has 3 problems.", e.getMessage());
        assertEquals(3, e.errors().size());
    }
}
