package org.scalingadvisor.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.ruleset.RulesDirectory;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.WhatIfs;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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

    /**
     * What-ifs for the API and the editor: each request's variants run on its own thread and on up to
     * {@code advisor.what-ifs.threads - 1} threads lent by a small pool (by default one per core, so a request
     * uses every core), each thread moving one session from variant to variant.
     */
    @Singleton
    WhatIfs whatIfs(Evaluator evaluator, PlanReader reader, @Value("${advisor.what-ifs.threads:0}") int configured) {
        int threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        AtomicInteger made = new AtomicInteger();
        ExecutorService lent = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "what-ifs-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new WhatIfs(evaluator, new FixedAnswerFields(reader).all(), lent, threads, WhatIfs.Strategy.INCREMENTAL);
    }
}
