package org.scalingadvisor.bench;

import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.Ruleset;

import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole in-process path (plan bytes in, evaluation JSON bytes out) measured in CPU time of the
 * thread doing it, per stage and in all, so figures hold up on a machine shared with other work
 * (wall-clock JMH figures do not). Then a batch: every sample plan round robin on a pool of one
 * thread per core, plans per second of wall time. Usage: CpuCost [plans, comma-separated, default
 * the largest sample and synthetic 5/50/500] [measured rounds, default 3000].
 */
public final class CpuCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuCost() {
    }

    public static void main(String[] args) throws Throwable {
        String plans = args.length > 0 ? args[0] : "targets-with-support.json,synthetic-5,synthetic-50,synthetic-500";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Ruleset ruleset = BenchPlans.rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        MethodHandle write = BenchSerialiser.serialiser();
        System.out.printf("CPU time per plan, median over %d rounds after warm-up (us): read = reading + schema, evaluate = facts + rules +"
                + " ranking + traces, write = JSON bytes%n", rounds);
        System.out.printf("%-40s %9s %9s %9s %9s %9s%n", "plan", "read", "evaluate", "write", "whole", "bytes");
        for (String name : plans.split(",")) {
            byte[] body = BenchPlans.named(name);
            long[] read = new long[rounds];
            long[] evaluate = new long[rounds];
            long[] serialise = new long[rounds];
            long[] whole = new long[rounds];
            int size = 0;
            for (int warm = 0; warm < 2; warm++) {
                for (int i = 0; i < rounds; i++) {
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    var plan = reader.read(body);
                    long t1 = THREADS.getCurrentThreadCpuTime();
                    Evaluation evaluation = evaluator.evaluate(plan, ruleset, null);
                    long t2 = THREADS.getCurrentThreadCpuTime();
                    byte[] json = (byte[]) write.invoke(evaluation);
                    long t3 = THREADS.getCurrentThreadCpuTime();
                    read[i] = t1 - t0;
                    evaluate[i] = t2 - t1;
                    serialise[i] = t3 - t2;
                    whole[i] = t3 - t0;
                    size = json.length;
                }
            }
            System.out.printf("%-40s %9.1f %9.1f %9.1f %9.1f %,9d%n", name, median(read), median(evaluate), median(serialise),
                    median(whole), size);
        }
        batch(reader, evaluator, ruleset, write);
    }

    private static void batch(PlanReader reader, Evaluator evaluator, Ruleset ruleset, MethodHandle write) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        try (var files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.sorted().toList()) {
                bodies.add(Files.readAllBytes(file));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int pass = 0; pass < 2; pass++) {
            int perThread = 4000;
            long start = System.nanoTime();
            long cpuBefore = processCpu();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        byte[] body = bodies.get((offset + i) % bodies.size());
                        try {
                            write.invoke(evaluator.evaluate(reader.read(body), ruleset, null));
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpu() - cpuBefore) / 1e9;
            if (pass == 1) {
                System.out.printf("batch: %,d sample plans on %d threads in %.2f s: %,.0f plans/s (wall); process CPU %.2f s, %.0f us CPU per plan%n",
                        perThread * threads, threads, seconds, perThread * threads / seconds, cpu, cpu * 1e6 / (perThread * threads));
            }
        }
        pool.shutdown();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }


    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
