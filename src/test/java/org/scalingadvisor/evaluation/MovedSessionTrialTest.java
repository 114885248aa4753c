package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate moves a session across the trial plans, as listed and in reverse: rules a moved session loops on (or
 * differs on) are served, but not incrementally.
 */
class MovedSessionTrialTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedRulesStayIncrementallySafe() {
        RulesetCompiler.Outcome outcome = new RulesetCompiler(new TrialRun(Path.of("samples"), 2000)).compile(Path.of("rules"));
        assertTrue(outcome.ok(), () -> outcome.problems().toString());
        assertTrue(outcome.ruleset().incrementalSafe());
    }

    @Test
    void rulesAMovedSessionLoopsOnAmongTheTrialPlansAreServedButNotIncrementally() throws Exception {
        Path plans = Files.createDirectories(tmp.resolve("samples/plans"));
        try (InputStream in = LoopingRules.class.getResourceAsStream("/moved-session-loops/plans.json")) {
            int i = 0;
            for (JsonNode plan : new ObjectMapper().readTree(in)) {
                Files.writeString(plans.resolve("plan-" + i++ + ".json"), plan.toString());
            }
        }
        Path rules = LoopingRules.adopterMoney(tmp);
        assertTrue(LoopingRules.compile(rules).incrementalSafe(), "without the trial the rules look safe");
        RulesetCompiler.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new RulesetCompiler(new TrialRun(plans.getParent(), 2000)).sharingJoinNodes().compile(rules));
        assertTrue(outcome.ok(), () -> outcome.problems().toString());
        assertFalse(outcome.ruleset().incrementalSafe());
    }

    @Test
    void anOutcomeThatDiffersIsCheckedAgainstAFreshSessionFirst() {
        Ruleset rules = LeanOutcomeTest.rules();
        ScalingPlan plan = LoopingRules.loopingPlans().get(0);
        List<Object> facts = PlanFacts.of(plan, rules.categories(), rules.thresholds());
        Outcome wrong = new Outcome("NOT A VERDICT", List.of(), List.of());
        Optional<String> why = MovedSessionTrial.check(rules, List.of(List.of(new MovedSessionTrial.Tried("plan A", facts, null),
                new MovedSessionTrial.Tried("plan B", facts, wrong))), 2000, 10_000);
        assertEquals(Optional.empty(), why, "a fresh session agrees with the moved one: the outcome given was wrong, not the move");
    }
}
