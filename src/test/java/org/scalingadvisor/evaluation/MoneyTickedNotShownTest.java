package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money for spread the plan ticks as secured, with nothing in it that pays, is advised on as money not secured: the
 * tick never turns "secure money for spreading" into a question and the verdict milder (property 1b, on a corpus
 * plan once the seventeenth sealed set joined the calibration corpus: NEEDS_WORK became READY).
 */
class MoneyTickedNotShownTest {

    private static Evaluation evaluation(boolean secured) throws Exception {
        return PlanItems.evaluation("""
                {"title": "Link workers in eleven health centres", "stage": "PILOT", "durationMonths": 15,
                 "innovation": {"nature": "INCREMENTAL", "origin": "IMPORTED", "localAdaptationAllowed": true},
                 "resources": {"fundingForSpreadSecured": %s},
                 "activities": [
                   {"type": "PILOT", "audiences": ["PROVIDERS"], "sites": 11, "budget": 200000, "startMonth": 0, "endMonth": 15}]}"""
                .formatted(secured));
    }

    @Test
    void aTickNothingPaysForIsReadAsNotSecured() throws Exception {
        Evaluation no = evaluation(false);
        Evaluation ticked = evaluation(true);
        assertTrue(PlanItems.ids(ticked).contains("rec.mech-3.2.investment"), PlanItems.ids(ticked).toString());
        assertEquals(no.summary().verdict(), ticked.summary().verdict(), PlanItems.ids(no) + " / " + PlanItems.ids(ticked));
    }
}
