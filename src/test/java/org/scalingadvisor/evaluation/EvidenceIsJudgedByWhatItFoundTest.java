package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence is judged by what it found, not only by how it was gathered (the desirable test, Albury, Myth 1: better
 * outcomes; SCIE-2020, I01: evidence of efficacy). A controlled evaluation that found no difference is no strength, and
 * spreading on it is a serious concern; a strong design whose finding the plan does not give is asked, not praised (a
 * reviewer saw "strong evidence of better outcomes" for a programme whose controlled evaluation found no difference).
 */
class EvidenceIsJudgedByWhatItFoundTest {

    private static final String PLAN = """
            {"title": "Link workers in forty practices", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"evidence": "CONTROLLED" %s},
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 120000, "sites": 40, "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void aControlledStudyThatFoundBenefitIsAStrength() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted(", \"evidenceShows\": \"BENEFIT\""));
        assertTrue(ids.contains("strength.dvf.desirable"), ids::toString);
        assertFalse(ids.contains("rec.dvf.no-benefit") || ids.contains("gap.dvf.evidence-finding"), ids::toString);
    }

    @Test
    void aControlledStudyThatFoundNoDifferenceIsNoStrengthAndAConcernWhileSpreading() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(", \"evidenceShows\": \"NO_DIFFERENCE\""));
        List<String> ids = PlanItems.ids(evaluation);
        assertFalse(ids.contains("strength.dvf.desirable"), ids::toString);
        Evaluation.Item concern = PlanItems.item(evaluation, "rec.dvf.no-benefit");
        assertTrue(List.of("HIGH", "CRITICAL").contains(concern.priority().band()), concern::toString);
        assertTrue(concern.refs().contains("DVF-1"), concern::toString);
    }

    @Test
    void mixedFindingsAreNoStrengthAndDrawAMilderConcern() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(", \"evidenceShows\": \"MIXED\""));
        assertFalse(PlanItems.ids(evaluation).contains("strength.dvf.desirable"));
        assertEquals("MEDIUM", PlanItems.item(evaluation, "rec.dvf.mixed-findings").priority().band());
    }

    @Test
    void aStrongDesignWhoseFindingIsNotGivenIsAskedNotPraised() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN.formatted(""));
        List<String> ids = PlanItems.ids(evaluation);
        assertFalse(ids.contains("strength.dvf.desirable"), ids::toString);
        assertTrue(ids.contains("gap.dvf.evidence-finding"), ids::toString);
    }

    @Test
    void aBeforeAndAfterStudyWhoseFindingIsNotGivenIsAskedToo() throws Exception {
        // The twenty-second set's tuning half: a gamed draft named a before-and-after design and not its finding.
        List<String> ids = PlanItems.of(PLAN.replace("CONTROLLED", "BEFORE_AFTER").formatted(""));
        assertTrue(ids.contains("gap.dvf.evidence-finding"), ids::toString);
        List<String> found = PlanItems.of(PLAN.replace("CONTROLLED", "BEFORE_AFTER").formatted(", \"evidenceShows\": \"BENEFIT\""));
        assertFalse(found.contains("gap.dvf.evidence-finding"), found::toString);
    }
}
