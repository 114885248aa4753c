package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A law that keeps in place a service the organisations already run, with no support for keeping it going, is Myth 1's
 * weakness for sustaining it, not a spread strategy that will fail: the myth is diagnosed, HIGH, and the plan needs work
 * (the twenty-fourth tuning half: Denmark's reablement duty, which followed the service's spread across municipalities,
 * was CRITICAL and NOT_READY where its writer and the reviewer both sign NEEDS_WORK). Where the plan's own numbers say
 * it still has more organisations to reach, it is still spreading by instruction, whatever its stage says.
 */
class InstructionThatKeepsItInPlaceTest {

    private static final String PLAN = """
            {"title": "Reablement before home help, by law", "stage": "%s",
             "innovation": {"name": "Reablement", "nature": "RADICAL", "changesProfessionalRoles": true, "form": "SERVICE"},
             "scale": {"targetAdopters": 98 %s},
             "approach": {"routes": ["MANDATE"]},
             "activities": [{"type": "MANDATE", "audiences": ["COMMISSIONERS", "PROVIDERS"], "startMonth": 0, "sites": 98}]}""";

    @Test
    void keptInPlaceByLawIsMyth1ButNotCritical() throws Exception {
        Evaluation kept = PlanItems.evaluation(PLAN.formatted("SUSTAINING", ""));
        Evaluation.Item myth = PlanItems.item(kept, "myth-1.diagnosis");
        assertTrue(myth.signs().stream().anyMatch(s -> s.id().equals("sign.myth-1.instruction-keeps-it")), myth::toString);
        assertEquals("HIGH", myth.priority().band(), myth::toString);
        assertEquals("NEEDS_WORK", kept.summary().verdict());
    }

    @Test
    void stillToReachMostOfItsOrganisationsIsCommandAndControl() throws Exception {
        for (String[] plan : new String[][] {{"SUSTAINING", ", \"currentAdopters\": 20"}, {"SCALING", ""}}) {
            Evaluation spreading = PlanItems.evaluation(PLAN.formatted(plan[0], plan[1]));
            Evaluation.Item myth = PlanItems.item(spreading, "myth-1.diagnosis");
            assertTrue(myth.signs().stream().anyMatch(s -> s.id().equals("myth-1.command-and-control")), myth::toString);
            assertEquals("CRITICAL", myth.priority().band(), myth::toString);
        }
    }
}
