package org.scalingadvisor.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verdict's words say why, and never more than the advice found: a plan held NOT_READY by several serious
 * problems with none CRITICAL is not told it has "a critical problem" (a reviewer found the page saying so while the
 * evaluation counted no CRITICAL item).
 */
class VerdictWordsTest {

    @Test
    void notReadyWithoutACriticalItemDoesNotClaimOne() {
        String several = AdviceView.verdictText("NOT_READY", 0);
        assertFalse(several.toLowerCase().contains("critical"), several);
        assertTrue(several.startsWith("Not ready"), several);
        assertTrue(AdviceView.verdictText("NOT_READY", 1).contains("critical problem"));
    }
}
