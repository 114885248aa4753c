package org.scalingadvisor.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.Threshold;

/** Which facts the compiled network proves no rule can match ({@link MatchableFacts}), and when it proves nothing. */
class MatchableFactsTest {

    private static final String HEAD = "package t;\nimport org.scalingadvisor.facts.Threshold;\n";

    private static String named(String... names) {
        StringBuilder drl = new StringBuilder(HEAD);
        for (String name : names) {
            drl.append("rule \"").append(name).append("\" when Threshold(name == \"").append(name).append("\") then end\n");
        }
        return drl.toString();
    }

    private static MatchableFacts of(String drl) {
        KieBase base = new KieHelper().addContent(drl, ResourceType.DRL).build();
        return MatchableFacts.of(base, Set.of(Threshold.class, Missing.class));
    }

    @Test
    void aFactWhoseHashedFieldNoRuleNamesCannotMatch() {
        MatchableFacts facts = of(named("a", "b", "c"));
        assertEquals(Set.of(Threshold.class), facts.gated());
        assertTrue(facts.canMatch(new Threshold("b", 1)));
        assertFalse(facts.canMatch(new Threshold("d", 1)));
        assertTrue(facts.canMatch(new Missing("x", "/x")), "a class no rule uses is not proven unmatched, only let through");
    }

    @Test
    void anyOtherWayInKeepsEveryFact() {
        for (String other : new String[] {
                "rule \"v\" when Threshold(value > 2) then end\n",
                "rule \"o\" when Object() then end\n",
                "rule \"n\" when not Threshold() then end\n",
                "rule \"col\" when java.util.List() from collect( Threshold() ) then end\n"}) {
            MatchableFacts facts = of(named("a", "b", "c") + other);
            assertTrue(facts.canMatch(new Threshold("d", 1)), other);
            assertFalse(facts.gated().contains(Threshold.class), other);
        }
        // Below Drools' hashing threshold (three literals) the literals are tested one by one: nothing is proven.
        assertTrue(of(named("a", "b")).canMatch(new Threshold("d", 1)));
    }

    @Test
    void theShippedRulesLeaveOutThresholdsNoRuleNames() {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(Path.of("rules"));
        assertTrue(outcome.ok(), () -> outcome.problems().toString());
        Ruleset ruleset = outcome.ruleset();
        assertTrue(ruleset.matchableThresholdFacts().size() < ruleset.thresholdFacts().size());
        for (Threshold threshold : ruleset.thresholdFacts()) {
            boolean named = ruleset.rules().stream().anyMatch(rule -> ruleset.drl(rule.ruleId()).orElse("")
                    .contains("\"" + threshold.getName() + "\""));
            assertEquals(named, ruleset.matchableThresholdFacts().contains(threshold), threshold.getName());
        }
        assertFalse(ruleset.canMatch(new Missing("no.such.field", "/no/such/field")));
    }
}
