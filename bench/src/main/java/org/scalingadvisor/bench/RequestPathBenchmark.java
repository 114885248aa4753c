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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.Ruleset;

import java.lang.invoke.MethodHandle;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.scalingadvisor.evaluation.PlanFacts;
import org.scalingadvisor.facts.Threshold;
import java.util.concurrent.TimeUnit;

/**
 * The whole in-process path of one request: plan bytes in, evaluation JSON bytes out (strict
 * reading and schema validation, facts, rules, ranking, traces, serialisation), for every sample
 * plan and synthetic plans of 5, 50 and 500 activities. {@code allCores} runs the same path on
 * every core at once: its throughput is the batch figure (plans per millisecond, all threads).
 *
 * <p>Serialisation is what the service uses: {@code org.scalingadvisor.evaluation.EvaluationJson}
 * when the build has it, otherwise Micronaut Serde with the service's inclusion ALWAYS (what
 * commits before it used), so this one class measures both. Run from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx144m", "-XX:+UseSerialGC"})
public class RequestPathBenchmark {

    /** A sample plan file name, or synthetic-N for a generated plan of N activities. */
    @Param({"synthetic-5", "synthetic-50", "synthetic-500"})
    public String plan;

    private final PlanReader reader = new PlanReader();
    private final Evaluator evaluator = new Evaluator();
    private Ruleset ruleset;
    private byte[] body;
    private MethodHandle write;
    private List<Object> facts;

    @Setup
    public void setUp() throws Exception {
        ruleset = BenchPlans.rules();
        body = BenchPlans.named(plan);
        write = BenchSerialiser.serialiser();
        facts = PlanFacts.of(reader.read(body), ruleset.categories(), ruleset.thresholds());
        System.out.printf("%n[%s] serialiser %s; answer %,d bytes%n", plan, write.type(), wholePath().length);
    }

    /** One request's work: read and validate, evaluate, serialise. */
    @Benchmark
    public byte[] wholePath() throws Exception {
        Evaluation evaluation = evaluator.evaluate(reader.read(body), ruleset, null);
        try {
            return (byte[]) write.invoke(evaluation);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The floor the rules engine sets: the plan's facts (made once, in setup) inserted into a session
     * from the pool with the thresholds, the rules fired, the session disposed. No reading, trace,
     * ranking or serialisation: what no change outside Drools can bring the whole path below.
     */
    @Benchmark
    public int engineFloor() {
        KieSession session = ruleset.newSession();
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            for (Threshold threshold : ruleset.thresholdFacts()) {
                session.insert(threshold);
            }
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The same path on every core at once: throughput here is plans per millisecond over all threads. */
    @Benchmark
    @Threads(Threads.MAX)
    public byte[] allCores() throws Exception {
        return wholePath();
    }
}
