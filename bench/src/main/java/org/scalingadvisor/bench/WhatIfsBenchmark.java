package org.scalingadvisor.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.WhatIfs;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The what-ifs engine on one plan (read once, in setup): every allowed answer of every field with fixed answers,
 * answered or not, to verdict, first actions and items. {@code engine} picks how: {@code skipping-fixed} (the
 * service's: skipping, the caller and a fixed pool of one thread per core), {@code skipping-common} (the
 * caller and the common fork-join pool), {@code skipping-1} (skipping, one thread), {@code every-1} (every variant
 * evaluated, one thread: the in-run baseline). Run from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx144m", "-XX:+UseSerialGC"})
public class WhatIfsBenchmark {

    @Param({"research-aligned.json", "absent-fields.json"})
    public String plan;

    @Param({"incremental-fixed", "incremental-1", "skipping-fixed", "skipping-1", "every-1"})
    public String engine;

    private Ruleset ruleset;
    private ScalingPlan read;
    private WhatIfs whatIfs;
    private ExecutorService pool;

    @Setup
    public void setUp() throws Exception {
        ruleset = BenchPlans.rules();
        PlanReader reader = new PlanReader();
        read = reader.read(BenchPlans.named(plan));
        whatIfs = engine(engine, new FixedAnswerFields(reader));
        WhatIfs.Result result = whatIfs.all(read, ruleset);
        System.out.printf("%n[%s, %s] %d evaluations for %d variants of %d fields%n", plan, engine, result.evaluations(),
                result.variants(), result.fields().size());
    }

    private WhatIfs engine(String name, FixedAnswerFields fields) {
        int cores = Runtime.getRuntime().availableProcessors();
        Evaluator evaluator = new Evaluator();
        return switch (name) {
            case "incremental-fixed" -> new WhatIfs(evaluator, fields.all(), pool = Executors.newFixedThreadPool(cores), cores,
                    WhatIfs.Strategy.INCREMENTAL);
            case "incremental-1" -> new WhatIfs(evaluator, fields.all(), null, 1, WhatIfs.Strategy.INCREMENTAL);
            case "skipping-fixed" -> new WhatIfs(evaluator, fields.all(), pool = Executors.newFixedThreadPool(cores), cores,
                    WhatIfs.Strategy.SKIPPING);
            case "skipping-1" -> new WhatIfs(evaluator, fields.all(), null, 1, WhatIfs.Strategy.SKIPPING);
            case "every-1" -> new WhatIfs(evaluator, fields.all(), null, 1, WhatIfs.Strategy.EVERY_VARIANT);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @TearDown
    public void tearDown() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    @Benchmark
    public WhatIfs.Result whatIfs() {
        return whatIfs.all(read, ruleset);
    }
}
