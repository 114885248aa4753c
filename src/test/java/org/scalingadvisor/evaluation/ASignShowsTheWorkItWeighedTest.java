package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sign that rests on what the listed activities fail to do points at that list: a planner who reads "users are
 * said to co-design, but nothing the plan does has them co-design" must be sent to the activities, not only to the
 * answer. (AdvicePropertiesTest found the gap: listing activities brought Myth 5 whose evidence named none of them.)
 */
class ASignShowsTheWorkItWeighedTest {

    @Test
    void aCoDesignClaimTheListedWorkDoesNotBackPointsAtTheActivities() throws Exception {
        String plan = """
                {"title": "Shared care records across a county", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "approach": {"userInvolvement": "CO_DESIGNING"},
                 "stakeholders": [{"group": "FRONTLINE_STAFF", "role": "INVOLVED"}, {"group": "PROVIDERS", "role": "LEADING"}],
                 "activities": [
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 90000, "sites": 9, "startMonth": 0, "endMonth": 24},
                   {"type": "ALLIANCE_BUILDING", "audiences": ["PROVIDERS"], "budget": 20000, "startMonth": 0, "endMonth": 24}]}""";
        Evaluation.Item myth = PlanItems.item(PlanItems.evaluation(plan), "myth-5.diagnosis");
        Evaluation.Sign sign = myth.signs().stream().filter(s -> s.id().equals("myth-5.professionals-only")).findFirst()
                .orElseThrow(() -> new AssertionError(myth.signs().toString()));
        assertTrue(sign.evidence().stream().anyMatch(e -> e.startsWith("/activities")), sign::toString);
    }

    @Test
    void staffOnlyTrainedForAChangeInTheirWorkPointsAtTheTraining() throws Exception {
        String plan = """
                {"title": "Nurse-led discharge on six wards", "stage": "EARLY_SPREAD", "durationMonths": 18,
                 "innovation": {"changesProfessionalRoles": true},
                 "activities": [
                   {"id": "course", "type": "TRAINING", "audiences": ["FRONTLINE_STAFF"], "budget": 30000, "startMonth": 0, "endMonth": 6},
                   {"id": "guide", "type": "WEBINAR", "audiences": ["FRONTLINE_STAFF"], "budget": 8000, "startMonth": 0, "endMonth": 3},
                   {"id": "managers", "type": "COACHING", "audiences": ["COMMISSIONERS"], "budget": 40000, "startMonth": 0, "endMonth": 18}]}""";
        Evaluation evaluation = PlanItems.evaluation(plan);
        Evaluation.Sign sign = evaluation.advice().stream().flatMap(i -> i.signs().stream())
                .filter(s -> s.id().equals("sign.myth-1.changing-staff-unsupported")).findFirst()
                .orElseThrow(() -> new AssertionError(PlanItems.ids(evaluation).toString()));
        assertTrue(sign.evidence().stream().anyMatch(e -> e.startsWith("/activities/0/"))
                && sign.evidence().stream().anyMatch(e -> e.startsWith("/activities/1/")), sign::toString);
    }
}
