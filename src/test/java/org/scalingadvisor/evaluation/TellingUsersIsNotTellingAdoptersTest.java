package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Myth 1 is about the adopters: spread treated as telling the organisations that must take the innovation up. Posters
 * that tell the people a service is for that they can use it are the demand side, not telling adopters how to work, so
 * beside a campaign among the adopting organisations they do not make it "demand without support"; the same
 * publication aimed at the adopting organisations does (the twenty-fourth
 * set's tuning review: a codeword scheme in 4,700 pharmacies was first told to coach and support the pharmacies, and
 * deleting the posters that let victims know they can ask made the myth go).
 */
class TellingUsersIsNotTellingAdoptersTest {

    private static final String PLAN = """
            {"title": "A codeword scheme in community pharmacies", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Codeword", "nature": "INCREMENTAL", "form": "PRACTICE", "corePrinciplesCodified": true},
             "scale": {"targetAdopters": 4700},
             "activities": [
               {"type": "CAMPAIGN", "audiences": ["PROVIDERS", "PROFESSIONALS"], "startMonth": 0, "endMonth": 24},
               {"type": "PROGRESS_TRACKING", "audiences": ["POLICY_MAKERS"], "startMonth": 0, "endMonth": 24},
               {"type": "PUBLICATION", "audiences": %s, "startMonth": 0, "endMonth": 24}]}""";

    @Test
    void postersForThePeopleItServesBringNoMyth1() throws Exception {
        assertFalse(PlanItems.of(PLAN.formatted("[\"SERVICE_USERS\", \"CITIZENS\"]")).contains("myth-1.diagnosis"));
    }

    @Test
    void theSamePublicationForTheAdoptingOrganisationsDoes() throws Exception {
        assertTrue(PlanItems.of(PLAN.formatted("[\"PROVIDERS\"]")).contains("myth-1.diagnosis"));
    }
}
