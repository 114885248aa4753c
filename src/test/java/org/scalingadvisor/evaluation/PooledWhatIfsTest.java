package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.scalingadvisor.SamplePlans;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential: what-ifs and ordinary evaluations through pooled sessions, in a random order, interleaved
 * across plans and partly at once on several threads, equal what fresh sessions give (each variant evaluated
 * on a session no plan had used, with no skipping), on every sample, case and calibration plan. The seed is
 * printed with any failure; {@code -Dwhatifs.seed=N} repeats an order.
 */
class PooledWhatIfsTest {

    /** One piece of work and what it must give. */
    private interface Task {
        void check(WhatIfs whatIfs);
    }

    @Test
    void pooledSessionsInAnyOrderGiveWhatFreshSessionsGive() throws Exception {
        long seed = Long.getLong("whatifs.seed", System.nanoTime());
        Ruleset rules = LeanOutcomeTest.rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        List<ScalingPlan> plans = new ArrayList<>();
        for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
            plans.add(reader.read(sample.bytes()));
        }
        List<String> freshEvaluations = new ArrayList<>();
        List<WhatIfs.Result> freshWhatIfs = new ArrayList<>();
        WhatIfs everyVariant = new WhatIfs(evaluator, fields, null, 1, WhatIfs.Strategy.EVERY_VARIANT);
        // While observed, every session is a new one, not from the pool.
        rules.observed(new DefaultAgendaEventListener(), () -> plans.forEach(plan -> {
            freshEvaluations.add(advice(evaluator.evaluate(plan, rules, null)));
            freshWhatIfs.add(everyVariant.all(plan, rules));
        }));

        List<Task> tasks = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            int plan = p;
            tasks.add(whatIfs -> assertEquals(freshEvaluations.get(plan), advice(evaluator.evaluate(plans.get(plan), rules, null)),
                    "seed " + seed + ": evaluation of plan " + plan));
            for (int f = 0; f < fields.size(); f++) {
                int field = f;
                tasks.add(whatIfs -> {
                    WhatIfs.Result pooled = whatIfs.of(plans.get(plan), rules, List.of(fields.get(field)), false);
                    String what = "seed " + seed + ": plan " + plan + ", " + fields.get(field).path();
                    assertEquals(freshWhatIfs.get(plan).base(), pooled.base(), what);
                    assertEquals(freshWhatIfs.get(plan).fields().get(field), pooled.fields().get(0), what);
                });
            }
        }
        Collections.shuffle(tasks, new Random(seed));
        ExecutorService lent = Executors.newFixedThreadPool(2);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            WhatIfs pooled = new WhatIfs(evaluator, fields, lent, 2, WhatIfs.Strategy.INCREMENTAL);
            for (Task task : tasks.subList(0, tasks.size() / 2)) {
                task.check(pooled);
            }
            List<Future<?>> running = new ArrayList<>();
            for (Task task : tasks.subList(tasks.size() / 2, tasks.size())) {
                running.add(callers.submit(() -> task.check(pooled)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            callers.shutdown();
            lent.shutdown();
        }
        assertTrue(tasks.size() > 5_000, "tasks: " + tasks.size());
    }

    private static String advice(Evaluation evaluation) {
        return evaluation.summary() + "\n" + evaluation.advice();
    }
}
