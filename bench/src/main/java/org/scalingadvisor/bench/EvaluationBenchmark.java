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
import org.openjdk.jmh.annotations.Warmup;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.concurrent.TimeUnit;

/**
 * The engine's cost per plan with the full rule base: reading a plan (the baseline) and
 * evaluating it, for each sample plan and for synthetic plans of 5, 50 and 500 activities.
 * Run from the project root (it reads rules/ and samples/plans/).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EvaluationBenchmark {

    /** A sample plan file name, or synthetic-N for a generated plan of N activities. */
    @Param({"synthetic-5", "synthetic-50", "synthetic-500"})
    public String plan;

    private final PlanReader reader = new PlanReader();
    private final Evaluator evaluator = new Evaluator();
    private Ruleset ruleset;
    private byte[] body;
    private ScalingPlan parsed;

    @Setup
    public void setUp() throws Exception {
        ruleset = BenchPlans.rules();
        body = BenchPlans.named(plan);
        parsed = reader.read(body);
    }

    /** Baseline: strict reading and schema validation of the plan body alone. */
    @Benchmark
    public ScalingPlan read() throws Exception {
        return reader.read(body);
    }

    /** Rules only: facts, a fresh session, firing, ranking and traces. */
    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(parsed, ruleset, null);
    }

    /** What a request costs the engine: read, then evaluate. */
    @Benchmark
    public Evaluation readAndEvaluate() throws Exception {
        return evaluator.evaluate(reader.read(body), ruleset, null);
    }
}
