package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The next step of a first action reads on its own: a last sentence that points back keeps the one before. */
class NextStepTest {

    @Test
    void aSelfContainedLastSentenceIsTheStep() {
        assertEquals("Give each activity its months and budget.",
                Severity.nextStep("Some activities give no months. Give each activity its months and budget."));
    }

    @Test
    void aLastSentenceThatPointsBackKeepsTheSentenceBefore() {
        assertEquals("The plan does not say whether money for spread is secured. Say which (a central grant, or none yet).",
                Severity.nextStep("Money matters. The plan does not say whether money for spread is secured. Say which (a central grant, or none yet)."));
        assertEquals("Plan hands-on support for adopting teams. Build it as the innovation spreads.",
                Severity.nextStep("Information alone seldom works. Plan hands-on support for adopting teams. Build it as the innovation spreads."));
    }

    @Test
    void aOneSentenceMessageIsItsOwnStep() {
        assertEquals("Say how they are involved.", Severity.nextStep("Say how they are involved."));
    }
}
