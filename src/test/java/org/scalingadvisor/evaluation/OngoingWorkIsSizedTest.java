package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support that runs on with no planned end (a standing network, supervision that never stops) is not support of
 * unknown length: a plan can say so ({@code ongoing}), and then its length is known. Left unsaid, the length stays
 * unknown and clears nothing (less detail never gets kinder advice); said, it counts as any sized support does.
 */
class OngoingWorkIsSizedTest {

    /** A national programme with no budgets anywhere: an instruction, training, and two kinds of hands-on support. */
    private static String plan(String supportEnd) {
        return """
                {"title": "National programme with standing supervision", "stage": "SCALING", "durationMonths": 36,
                 "innovation": {"nature": "INCREMENTAL", "changesProfessionalRoles": true},
                 "stakeholders": [{"group": "CLINICIANS", "role": "INVOLVED", "network": "MODERATE"}],
                 "activities": [
                   {"type": "MANDATE", "audiences": ["PROVIDERS", "CLINICIANS"], "startMonth": 0, "endMonth": 2},
                   {"type": "TRAINING", "audiences": ["CLINICIANS"], "startMonth": 0, "endMonth": 12},
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS", "CLINICIANS"], "startMonth": 3%1$s},
                   {"type": "COMMUNITY_OF_PRACTICE", "audiences": ["CLINICIANS", "MANAGERS"], "startMonth": 3%1$s}
                 ]}""".formatted(supportEnd);
    }

    @Test
    void supportThatRunsOnCountsWhereSupportOfUnknownLengthDoesNot() throws Exception {
        Evaluation unknown = PlanItems.evaluation(plan(""));
        assertTrue(unknown.summary().myths().contains("MYTH-1"), PlanItems.ids(unknown)::toString);
        assertTrue(PlanItems.ids(unknown).contains("gap.activity-size"), PlanItems.ids(unknown)::toString);

        Evaluation ongoing = PlanItems.evaluation(plan(", \"ongoing\": true"));
        List<String> ids = PlanItems.ids(ongoing);
        assertFalse(ongoing.summary().myths().contains("MYTH-1"), ids::toString);
        assertFalse(ids.contains("gap.activity-size"), ids::toString);
        assertFalse(ids.contains("rec.myth-1.size-the-support"), ids::toString);

        // Saying it runs on is as good as an end month that outlasts the plan, and no better.
        Evaluation toTheEnd = PlanItems.evaluation(plan(", \"endMonth\": 36"));
        assertEquals(toTheEnd.summary().myths(), ongoing.summary().myths());
        assertEquals(toTheEnd.summary().verdict(), ongoing.summary().verdict());
    }

    /** Work that runs on runs past the month the money ends: the same funding advice as an end month after it. */
    @Test
    void workThatRunsOnRunsPastTheMoney() throws Exception {
        String plan = """
                {"title": "Coaching paid for a year", "stage": "EARLY_SPREAD", "resources": {"fundingEndsMonth": 12},
                 "activities": [
                   {"type": "WEBINAR", "audiences": ["CLINICIANS"], "budget": 5000, "startMonth": 0, "endMonth": 2},
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "budget": 90000, "startMonth": 3%s}
                 ]}""";
        List<String> ended = PlanItems.of(plan.formatted(", \"endMonth\": 36"));
        List<String> ongoing = PlanItems.of(plan.formatted(", \"ongoing\": true"));
        assertTrue(ended.contains("rec.scie-e08.funding-cliff"), ended::toString);
        assertEquals(new java.util.TreeSet<>(ended), new java.util.TreeSet<>(ongoing));
    }

    @Test
    void supportThatRunsOnIsNotToldItStopsEarly() throws Exception {
        List<String> early = PlanItems.of(plan(", \"endMonth\": 12"));
        assertTrue(early.contains("rec.scie-i07.sustained-support"), early::toString);
        List<String> ongoing = PlanItems.of(plan(", \"ongoing\": true"));
        assertFalse(ongoing.contains("rec.scie-i07.sustained-support"), ongoing::toString);
    }

    @Test
    void runningOnIsNoBudgetWhereThePlanGivesBudgets() throws Exception {
        String budgeted = """
                {"title": "Budgeted programme", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "activities": [
                   {"type": "WEBINAR", "audiences": ["CLINICIANS"], "budget": 20000, "startMonth": 0, "endMonth": 6},
                   {"type": "COACHING", "audiences": ["CLINICIANS"], "startMonth": 2, "ongoing": true}
                 ]}""";
        Evaluation evaluation = PlanItems.evaluation(budgeted);
        assertTrue(evaluation.summary().myths().contains("MYTH-1"), PlanItems.ids(evaluation)::toString);
        assertTrue(PlanItems.ids(evaluation).contains("gap.activity-size"), PlanItems.ids(evaluation)::toString);
    }

    @Test
    void anActivityCannotBothEndAndRunOn() throws Exception {
        String both = """
                {"title": "Both", "activities": [{"type": "COACHING", "startMonth": 0, "endMonth": 12, "ongoing": true}]}""";
        PlanRejectedException rejected = assertThrows(PlanRejectedException.class,
                () -> new PlanReader().read(both.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("/activities/0/ongoing"), rejected.errors().stream().map(e -> e.pointer()).toList());
        assertTrue(rejected.errors().get(0).message().contains("no planned end"), rejected.errors()::toString);
        String ended = """
                {"title": "Ended", "activities": [{"type": "COACHING", "startMonth": 0, "endMonth": 12, "ongoing": false}]}""";
        assertEquals(12, new PlanReader().read(ended.getBytes(StandardCharsets.UTF_8)).activities().get(0).endMonth());
    }
}
