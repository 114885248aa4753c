package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Albury, Myth 3: an innovation spreads by adapting to each place "whilst maintaining fidelity to the core principles".
 * The catalogue names both halves: no room for local adaptation, or no codified core to stay faithful to. The
 * twenty-sixth tuning half: a falls-prevention workshop proved in a trial went to county aging units that each changed
 * it as they liked, no core written down; the advice found no myth and praised the adapting ("learning from elsewhere,
 * adapted to here"). Adapting around a written core earns that praise; adapting around none is the myth.
 */
class AdaptingWithoutACoreTest {

    private static final String PLAN = """
            {"title": "Falls workshop comes to the counties", "planType": "INNOVATION", "stage": "EARLY_SPREAD",
             "durationMonths": 24,
             "innovation": {"name": "Falls-prevention workshop", "origin": "IMPORTED", "evidence": "CONTROLLED",
                            "evidenceShows": "BENEFIT", "localAdaptationAllowed": true, "corePrinciplesCodified": %s},
             "approach": {"routes": ["NETWORK"]},
             "stakeholders": [{"group": "PROVIDERS", "role": "INVOLVED"}],
             "activities": [{"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void adaptingWithNoCoreIsMythThree() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("false"));
        assertTrue(ids.contains("myth-3.diagnosis"), ids::toString);
        assertFalse(ids.contains("strength.imported-learning"), ids::toString);
    }

    @Test
    void itsFirstActionIsToWriteTheCoreDown() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted("false"));
        assertTrue(evaluation.summary().firstActions().contains("rec.myth-3.core-principles"),
                evaluation.summary().firstActions()::toString);
        assertFalse(evaluation.summary().firstActions().contains("myth-3.diagnosis"),
                evaluation.summary().firstActions()::toString);
    }

    @Test
    void adaptingAroundAWrittenCoreIsPraised() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("true"));
        assertFalse(ids.contains("myth-3.diagnosis"), ids::toString);
        assertTrue(ids.contains("strength.imported-learning"), ids::toString);
    }
}
