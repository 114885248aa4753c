package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.Ruleset;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Advice on rules that block an innovation fits the organisation that must act: a council, a charity or a
 * citizens' group is advised to build the case and the coalition to change the rule (SCIE-E06, MECH-2.3), never
 * to seek room for mergers, chains and new providers (MECH-3.4); an organisation that can grow gets that advice.
 */
class RulesThatBlockTest {

    private static List<String> items(Ruleset rules, String lead) throws Exception {
        String plan = """
                {"title": "Blocked by rules", "stage": "PILOT",
                 %s
                 "enablers": {"regulatoryBarriers": true}}""".formatted(lead == null ? "" : "\"resources\": {\"leadOrganisation\": \"" + lead + "\"},");
        return new Evaluator().outcome(new PlanReader().read(plan.getBytes(StandardCharsets.UTF_8)), rules).items();
    }

    @Test
    void adviceOnBlockingRulesFitsTheLead() throws Exception {
        Ruleset rules = LeanOutcomeTest.rules();
        for (String lead : List.of("STATUTORY_BODY", "CHARITY", "CITIZEN_GROUP")) {
            List<String> items = items(rules, lead);
            assertTrue(items.contains("rec.scie-e06.rules-that-block"), lead + ": " + items);
            assertFalse(items.contains("rec.mech-3.4.regulation"), lead + ": " + items);
        }
        for (String lead : java.util.Arrays.asList("COMPANY", "SOCIAL_ENTERPRISE", null)) {
            List<String> items = items(rules, lead);
            assertTrue(items.contains("rec.mech-3.4.regulation"), lead + ": " + items);
            assertFalse(items.contains("rec.scie-e06.rules-that-block"), lead + ": " + items);
        }
    }
}
