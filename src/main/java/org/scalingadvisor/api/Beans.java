package org.scalingadvisor.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.ruleset.RulesDirectory;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;

/** The plain-Java parts of the engine, as beans for the HTTP layer. */
@Factory
class Beans {

    @Singleton
    PlanReader planReader() {
        return new PlanReader();
    }

    /** Every evaluation the service runs stops at this deadline (a 503 problem) if the rules run away. */
    @Singleton
    Evaluator evaluator(@Value("${advisor.evaluation.deadline-ms:" + Evaluator.DEFAULT_DEADLINE_MILLIS + "}") long deadlineMillis) {
        return new Evaluator(deadlineMillis);
    }

    /** The gate's trial run: every rule set is tried on the sample plans before it is served. */
    @Singleton
    RulesetCompiler.Trial trial(@Value("${advisor.samples.dir:samples}") String samples,
                                @Value("${advisor.rules.trial-budget-ms:2000}") long budgetMillis) {
        return new TrialRun(RulesDirectory.resolve(samples), budgetMillis);
    }
}
