package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan that lists no activities is asked for them, whether it leaves the list out or sends it empty: both say
 * nothing about what the plan does, and unknown is never read as good (property 1b found the empty list escaping the
 * question, so ticking a claim on such a plan turned it READY).
 */
class AnEmptyActivityListIsAskedForTest {

    @Test
    void anEmptyListDrawsTheSameQuestionAsAnAbsentOne() throws Exception {
        List<String> absent = PlanItems.of("""
                {"title": "Falls clinics in every county", "stage": "SCALING"}""");
        List<String> empty = PlanItems.of("""
                {"title": "Falls clinics in every county", "stage": "SCALING", "activities": []}""");
        assertTrue(absent.contains("gap.activities"), absent::toString);
        assertTrue(empty.contains("gap.activities"), empty::toString);
    }
}
