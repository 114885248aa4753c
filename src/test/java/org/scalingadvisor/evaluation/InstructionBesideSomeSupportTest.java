package org.scalingadvisor.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instruction (a mandate or a target) weighs as telling does against the support beside it (Albury, Myth 1: nothing
 * gives adopters organisational support, training and infrastructure among it). With no support at all, command and
 * control puts the plan at the top (CRITICAL). With a training course or equipment of known size, Myth 1 stands
 * (training alone seldom changes practice) but the plan is not built on bare instruction, so it is held below
 * CRITICAL, as telling beside a course already is. Seen on real mandates the independent writers signed NEEDS_WORK:
 * Denmark's bystander CPR (kits and public defibrillators) and Scotland's dementia post-diagnostic support (training):
 * issue 18, the nineteenth sealed review. Hands-on help whose size the plan does not give weighs as a token does
 * beside instruction (both stay CRITICAL: the writers of gamed drafts signed a token NOT_READY), so leaving a size out
 * never gives milder advice (property 2).
 */
class InstructionBesideSomeSupportTest {

    private static final String PLAN = """
            {"title": "Falls response by every care home", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Falls response", "nature": "INCREMENTAL", "changesProfessionalRoles": true, "evidence": "CONTROLLED"},
             "scale": {"targetAdopters": 40},
             "activities": [
               {"type": "%s", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24, "budget": 5000},
               %s
               {"type": "PROGRESS_TRACKING", "audiences": ["POLICY_MAKERS"], "startMonth": 0, "endMonth": 24, "budget": 10000}],
             "stakeholders": [{"group": "PROVIDERS", "role": "INFORMED"}]}""";

    private static Evaluation.Item myth1(String instruction, String support) throws Exception {
        return PlanItems.item(PlanItems.evaluation(PLAN.formatted(instruction, support)), "myth-1.diagnosis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MANDATE", "TARGET"})
    void bareInstructionIsCritical(String instruction) throws Exception {
        assertEquals("CRITICAL", myth1(instruction, "").priority().band());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\": \"TRAINING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"startMonth\": 1, \"endMonth\": 12, \"budget\": 80000},",
            "{\"type\": \"INFRASTRUCTURE\", \"audiences\": [\"PROVIDERS\"], \"startMonth\": 1, \"endMonth\": 6, \"budget\": 80000},"})
    void instructionBesideSomeSupportStandsBelowCritical(String support) throws Exception {
        for (String instruction : new String[] {"MANDATE", "TARGET"}) {
            Evaluation.Item item = myth1(instruction, support);
            assertEquals("HIGH", item.priority().band(), instruction + " beside " + support);
            assertTrue(item.signs().stream().noneMatch(s -> s.id().equals("myth-1.command-and-control")),
                    instruction + " beside " + support + ": " + item.signs());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MANDATE", "TARGET"})
    void handsOnHelpOfUnknownSizeWeighsAsATokenDoes(String instruction) throws Exception {
        Evaluation.Item token = myth1(instruction,
                "{\"type\": \"COACHING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"startMonth\": 1, \"endMonth\": 1, \"budget\": 80000},");
        Evaluation.Item unsized = myth1(instruction,
                "{\"type\": \"COACHING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"startMonth\": 1, \"budget\": 80000},");
        assertEquals("CRITICAL", token.priority().band());
        assertTrue(unsized.priority().score() >= token.priority().score(), unsized.priority() + " against " + token.priority());
    }
}
