package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pilot in a plan that names nobody to spread to yet (piloting, no routes, no target, the pilot reaching no
 * organisation) tries the innovation out; it moves no adopters. The seventeenth tuning half's reviewer found a
 * village drop-in's first draft told first "your plan moves adopters with the pilots ... listed below: run the drop-in
 * on Thursday mornings". A pilot run across adopting clinics still draws Against the Odds' warning.
 */
class APilotWithNobodyToSpreadToTest {

    private static List<String> ids(String audiences) throws Exception {
        return PlanItems.of("""
                {"title": "A weekly drop-in the link worker can send lonely patients to", "stage": "PILOT",
                 "innovation": {"name": "Weekly drop-in"},
                 "stakeholders": [{"group": "CITIZENS", "role": "LEADING"}],
                 "resources": {"leadOrganisation": "CITIZEN_GROUP"},
                 "activities": [{"type": "PILOT", %s "description": "Run the drop-in on Thursday mornings and see who comes."}]}"""
                .formatted(audiences));
    }

    @Test
    void aPilotThatReachesNoAdoptersIsNotCalledALeverOnThem() throws Exception {
        assertFalse(ids("").contains("rec.ato-r4.beyond-pilots"), ids("").toString());
    }

    @Test
    void aPilotAcrossAdoptingOrganisationsStillDrawsTheWarning() throws Exception {
        List<String> ids = ids("\"audiences\": [\"PROVIDERS\", \"CLINICIANS\"],");
        assertTrue(ids.contains("rec.ato-r4.beyond-pilots"), ids.toString());
    }
}
