package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule sets on which a session moved from facts to facts ({@link OutcomeSession}) loops inside Drools 10.2
 * (in {@code RuleNetworkEvaluatorImpl.processPeerInserts}, where no agenda event comes) while a fresh session
 * on the same facts settles, and plans that make it loop.
 */
final class LoopingRules {

    private static final String BEFORE = """
                exists Activity(side == "ADOPTION", substantive, endKnown)
                not Activity(side == "ADOPTION", substantive, endKnown == false || endMonth * 2 >= $d)
            """;
    private static final String AFTER = """
                exists Activity(side == "ADOPTION" || type in ("ADOPTER_FUNDING", "COMMUNITY_GRANTS"), substantive, endKnown)
                not Activity(side == "ADOPTION" || type in ("ADOPTER_FUNDING", "COMMUNITY_GRANTS"), substantive,
                             endKnown == false || endMonth * 2 >= $d)
            """;

    private LoopingRules() {
    }

    /**
     * Five plans that, in this order, make a session loop on {@link #adopterMoney} (and on the shipped rules): an
     * activity for demand, none, adoption support of known size, none, of unknown size. Cut down, fact by fact, from
     * a sequence of six corpus plans that looped in OutcomeSessionTest (seed 2): only the activities matter.
     */
    static List<ScalingPlan> loopingPlans() {
        PlanReader reader = new PlanReader();
        List<ScalingPlan> plans = new ArrayList<>();
        try (InputStream in = LoopingRules.class.getResourceAsStream("/moved-session-loops/plans.json")) {
            for (JsonNode plan : new ObjectMapper().readTree(in)) {
                plans.add(reader.read(plan.toString().getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PlanRejectedException e) {
            throw new IllegalStateException(e);
        }
        return plans;
    }

    /**
     * The shipped rules with one trainer's edit (money handed to adopters counts as support that lasts, in
     * mechanisms/adopters.drl). The edited rule is not itself in the loop: it changes how the network is shared, and
     * the shipped rules' gap.activity-size and its two companions loop then.
     */
    static Path adopterMoney(Path into) {
        Path rules = TestFiles.copyRules(into.resolve("rules"));
        TestFiles.edit(rules.resolve("mechanisms/adopters.drl"), BEFORE, AFTER);
        return rules;
    }

    /** The shipped rules plus three on the evidence answer ({@code moved-session-loops/evidence-trio.drl}). */
    static Path evidenceTrio(Path into) {
        Path rules = TestFiles.copyRules(into.resolve("rules"));
        try (InputStream in = LoopingRules.class.getResourceAsStream("/moved-session-loops/evidence-trio.drl")) {
            Files.write(rules.resolve("findings/zz-evidence-trio.drl"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    static Ruleset compile(Path rules) {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().sharingJoinNodes().compile(rules);
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        return outcome.ruleset();
    }
}
