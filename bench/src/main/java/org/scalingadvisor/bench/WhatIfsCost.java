package org.scalingadvisor.bench;

import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.WhatIfs;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CPU time of one what-ifs request: the CPU the calling thread and the lent pool threads spend on it (their
 * thread CPU time around the request; requests run one at a time, so the pool works for no one else), with its
 * wall time; and how CPU grows with the number of fields tried (the first 5, 10, 20 … fields of the schema).
 * Usage: WhatIfsCost [plans, comma-separated, default research-aligned.json,absent-fields.json] [rounds, default 400].
 */
public final class WhatIfsCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WhatIfsCost() {
    }

    public static void main(String[] args) throws Exception {
        String plans = args.length > 0 ? args[0] : "research-aligned.json,absent-fields.json";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Ruleset ruleset = BenchPlans.rules();
        PlanReader reader = new PlanReader();
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        int cores = Runtime.getRuntime().availableProcessors();
        List<Thread> lentThreads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            lentThreads.add(thread);
            return thread;
        });
        WhatIfs parallel = new WhatIfs(new Evaluator(), fields, pool, cores, WhatIfs.Strategy.INCREMENTAL);
        WhatIfs single = new WhatIfs(new Evaluator(), fields, null, 1, WhatIfs.Strategy.INCREMENTAL);
        // The baseline, measured in the same run: the same skipping, each evaluation on a fresh session.
        WhatIfs freshParallel = new WhatIfs(new Evaluator(), fields, pool, cores, WhatIfs.Strategy.SKIPPING);
        WhatIfs freshSingle = new WhatIfs(new Evaluator(), fields, null, 1, WhatIfs.Strategy.SKIPPING);
        System.out.printf("what-ifs per request, %d rounds after %d of warm-up; CPU = calling thread + lent threads%n", rounds, rounds);
        System.out.printf("%-24s %-22s %6s %8s %12s %12s %12s %12s%n", "plan", "engine", "evals", "variants", "CPU p50 ms",
                "CPU p95 ms", "wall p50 ms", "wall p95 ms");
        for (String name : plans.split(",")) {
            ScalingPlan plan = reader.read(BenchPlans.named(name));
            for (WhatIfs engine : List.of(parallel, single, freshParallel, freshSingle)) {
                long[][] cost = measure(engine, plan, ruleset, fields, rounds, lentThreads);
                WhatIfs.Result result = engine.all(plan, ruleset);
                String label = (engine == parallel || engine == single ? "incremental, " : "fresh, ")
                        + (engine == parallel || engine == freshParallel ? cores + " threads" : "1 thread");
                System.out.printf("%-24s %-22s %6d %8d %12.2f %12.2f %12.2f %12.2f%n", name, label,
                        result.evaluations(), result.variants(), pct(cost[0], 50), pct(cost[0], 95), pct(cost[1], 50), pct(cost[1], 95));
            }
        }
        System.out.printf("%nCPU against fields tried (1 thread, incremental), first k fields of the schema:%n");
        System.out.printf("%-24s %6s %6s %8s %12s %14s%n", "plan", "fields", "evals", "variants", "CPU p50 ms", "ms per field");
        for (String name : plans.split(",")) {
            ScalingPlan plan = reader.read(BenchPlans.named(name));
            for (int k : new int[] {5, 10, 20, fields.size()}) {
                List<FixedAnswerFields.Field> first = fields.subList(0, Math.min(k, fields.size()));
                long[][] cost = measure(single, plan, ruleset, first, rounds, lentThreads);
                WhatIfs.Result result = single.of(plan, ruleset, first, false);
                System.out.printf("%-24s %6d %6d %8d %12.2f %14.3f%n", name, first.size(), result.evaluations(), result.variants(),
                        pct(cost[0], 50), pct(cost[0], 50) / first.size());
            }
        }
        pool.shutdown();
    }

    /** CPU and wall nanoseconds of each round, after as many rounds of warm-up. */
    private static long[][] measure(WhatIfs engine, ScalingPlan plan, Ruleset ruleset, List<FixedAnswerFields.Field> fields,
                                    int rounds, List<Thread> lentThreads) {
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < rounds; i++) {
                long cpu0 = cpuOf(lentThreads);
                long wall0 = System.nanoTime();
                engine.of(plan, ruleset, fields, false);
                wall[i] = System.nanoTime() - wall0;
                cpu[i] = cpuOf(lentThreads) - cpu0;
            }
        }
        return new long[][] {cpu, wall};
    }

    private static long cpuOf(List<Thread> lentThreads) {
        long total = THREADS.getCurrentThreadCpuTime();
        for (Thread thread : lentThreads) {
            total += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
        }
        return total;
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
