package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-design run with the professionals of the adopting organisations is facilitated work among them: it delivers the
 * plan's claim that its community of practice is facilitated (activity-categories.md). Seen on PERIPrem, whose only
 * first action asked it to set up the facilitated community of twelve trusts it already runs (issue 18, the
 * nineteenth tuning review). Co-design with families alone does not deliver that claim.
 */
class CoDesignAcrossOrganisationsIsFacilitatedTest {

    private static String plan(String audiences) {
        return """
                {"title": "Preterm care bundle across a region", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Perinatal care bundle", "nature": "INCREMENTAL", "evidence": "CONTROLLED", "evidenceShows": "BENEFIT"},
                 "communities": {"practice": {"exists": true, "facilitated": true, "organisations": 12}},
                 "activities": [
                   {"type": "CO_DESIGN", "audiences": [%s], "startMonth": 0, "endMonth": 24, "budget": 60000},
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 24, "budget": 200000}],
                 "stakeholders": [{"group": "FAMILIES", "role": "CO_PRODUCING"}, {"group": "CLINICIANS", "role": "INVOLVED"}]}"""
                .formatted(audiences);
    }

    @Test
    void coDesignWithTheTrustsTeamsDeliversTheFacilitatedCommunity() throws Exception {
        List<String> ids = PlanItems.of(plan("\"CLINICIANS\", \"PROVIDERS\", \"FAMILIES\""));
        assertFalse(ids.contains("rec.mech-1.1.practice"), ids.toString());
    }

    @Test
    void coDesignWithFamiliesAloneDoesNot() throws Exception {
        List<String> ids = PlanItems.of(plan("\"FAMILIES\""));
        assertTrue(ids.contains("rec.mech-1.1.practice"), ids.toString());
    }
}
