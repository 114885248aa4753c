package org.scalingadvisor.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instruction (a mandate or a target) with no support puts a plan at the top (command and control, CRITICAL: Albury,
 * Myth 1). Hands-on help whose size the plan does not give weighs beside it as a token does: both leave command and
 * control standing (the writers of gamed drafts sign a token beside a mandate NOT_READY), so leaving a size out never
 * gives milder advice (issue 18, property 2). A first version of the twentieth session let help of unknown size, and a
 * training course or equipment of known size, hold instruction below CRITICAL; property 2 then failed on corpus plans
 * (dropping a token's end month, or a purchase's budget, gave a milder verdict), and both were withdrawn.
 */
class UnknownSupportBesideInstructionTest {

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
    @ValueSource(strings = {"MANDATE", "TARGET"})
    void handsOnHelpOfUnknownSizeWeighsAsATokenDoes(String instruction) throws Exception {
        Evaluation.Item token = myth1(instruction,
                "{\"type\": \"COACHING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"startMonth\": 1, \"endMonth\": 1, \"budget\": 80000},");
        Evaluation.Item unsized = myth1(instruction,
                "{\"type\": \"COACHING\", \"audiences\": [\"FRONTLINE_STAFF\"], \"startMonth\": 1, \"budget\": 80000},");
        assertEquals("CRITICAL", token.priority().band());
        assertEquals("CRITICAL", unsized.priority().band());
        assertTrue(unsized.priority().score() >= token.priority().score(), unsized.priority() + " against " + token.priority());
    }
}
