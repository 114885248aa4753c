package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first trial of an idea, in a plan that names nobody to spread to, tries the innovation out: it moves no adopters,
 * so "pilots and targets alone are not enough, add coaching for adopters" (ATO-R4) misfits it, at the idea stage as at
 * design and pilot. Seen on a community pharmacy's first notes, one trial with women the midwives refer (issue 18, the
 * nineteenth tuning review). Once the plan names adopters to reach, the advice stands.
 */
class IdeaStagePilotMovesNoAdoptersTest {

    private static String plan(String scale) {
        return """
                {"title": "Postnatal blood pressure checks in a pharmacy", "stage": "IDEA", %s
                 "innovation": {"name": "Pharmacy postnatal BP checks", "nature": "INCREMENTAL"},
                 "activities": [{"type": "PILOT", "description": "Try it with women the community midwives send to us."}]}"""
                .formatted(scale);
    }

    @Test
    void aFirstTrialOfAnIdeaIsNotToldItMovesAdopters() throws Exception {
        List<String> ids = PlanItems.of(plan(""));
        assertFalse(ids.contains("rec.ato-r4.beyond-pilots"), ids.toString());
    }

    @Test
    void aPlanThatNamesAdoptersIs() throws Exception {
        List<String> ids = PlanItems.of(plan("\"scale\": {\"targetAdopters\": 40},"));
        assertTrue(ids.contains("rec.ato-r4.beyond-pilots"), ids.toString());
    }
}
