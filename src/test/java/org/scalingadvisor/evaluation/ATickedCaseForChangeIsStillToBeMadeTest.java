package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A claim counts only where something the plan does delivers it, and ticking one never takes advice away (issue 18,
 * properties 1 and 1b). A plan whose effort goes to supplying innovations (Albury, Myth 4) is told to make the case
 * that creates demand for them (Mechanism 2); a case for change it ticks, with nothing in the plan that makes it, is
 * no case yet. The twenty-sixth sealed set: a challenge fund written to game a checker ticked the case for change and
 * was never told to make one. Work of known size that makes the case answers it.
 */
class ATickedCaseForChangeIsStillToBeMadeTest {

    private static final String PLAN = """
            {"title": "Street health challenge fund", "planType": "PROGRAMME", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "approach": {"newInnovationsSought": 12}%s,
             "stakeholders": [{"group": "INNOVATORS", "role": "LEADING"}],
             "activities": [
               {"type": "INNOVATION_FUND", "audiences": ["INNOVATORS"], "budget": 1000000, "startMonth": 0, "endMonth": 18},
               {"type": "CONFERENCE", "audiences": ["PROVIDERS"], "budget": 20000, "startMonth": 20, "endMonth": 20}%s]}""";

    @Test
    void unsaidIsToldToMakeIt() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("", ""));
        assertTrue(ids.contains("rec.mech-2.1.make-the-case"), ids::toString);
    }

    @Test
    void tickedWithNothingBehindItIsToldToMakeIt() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(", \"movement\": {\"caseForChange\": true}", ""));
        assertTrue(ids.contains("rec.mech-2.1.make-the-case"), ids::toString);
    }

    @Test
    void madeByWorkOfKnownSizeIsNot() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted(", \"movement\": {\"caseForChange\": true}",
                ", {\"type\": \"CASE_FOR_CHANGE\", \"audiences\": [\"PROVIDERS\", \"COMMISSIONERS\"], \"budget\": 60000,"
                        + " \"startMonth\": 0, \"endMonth\": 12}"));
        assertFalse(ids.contains("rec.mech-2.1.make-the-case"), ids::toString);
    }
}
