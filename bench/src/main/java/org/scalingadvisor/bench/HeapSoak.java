package org.scalingadvisor.bench;

import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap after full GC, sampled across many evaluations (every sample plan, round robin, on all
 * cores) and across many reloads of the rules folder: it should stay flat. Prints each sample and
 * the last/first ratio. Usage: HeapSoak [evaluations, default 1000000] [reloads, default 200].
 */
public final class HeapSoak {

    private HeapSoak() {
    }

    public static void main(String[] args) throws Exception {
        long evaluations = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int reloads = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        RulesetHolder holder = new RulesetHolder("rules", new org.scalingadvisor.evaluation.TrialRun(java.nio.file.Path.of("samples"), 2000));
        LoadReport first = holder.reload("soak");
        if (!first.ok()) {
            throw new IllegalStateException("rules did not load: " + first.errors());
        }
        PlanReader reader = new PlanReader();
        List<ScalingPlan> plans = new ArrayList<>();
        try (var files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.sorted().toList()) {
                plans.add(reader.read(Files.readAllBytes(file)));
            }
        }
        Evaluator evaluator = new Evaluator();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        System.out.printf("Evaluations: %,d over %d sample plans on %d threads%n", evaluations, plans.size(),
                Runtime.getRuntime().availableProcessors());
        List<Long> samples = new ArrayList<>();
        long step = evaluations / 10;
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        for (int round = 0; round <= 10; round++) {
            samples.add(usedAfterGc(memory));
            System.out.printf("  after %,9d evaluations: heap %6.1f MB%n", done.get(), samples.get(round) / 1e6);
            if (round == 10) {
                break;
            }
            List<Thread> threads = new ArrayList<>();
            int workers = Runtime.getRuntime().availableProcessors();
            for (int t = 0; t < workers; t++) {
                final int offset = t;
                Thread thread = new Thread(() -> {
                    for (long i = offset; i < step; i += workers) {
                        evaluator.evaluate(plans.get((int) (i % plans.size())), holder.current(), null);
                        done.incrementAndGet();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %,.0f evaluations/s; heap last/first (after warm-up sample 1) = %.3f%n", done.get() / seconds,
                samples.get(10) / (double) samples.get(1));

        System.out.printf("Reloads: %d%n", reloads);
        List<Long> reloadSamples = new ArrayList<>();
        long totalMs = 0;
        long maxMs = 0;
        for (int i = 0; i <= reloads; i++) {
            if (i % (reloads / 10) == 0) {
                reloadSamples.add(usedAfterGc(memory));
                System.out.printf("  after %4d reloads: heap %6.1f MB%n", i, reloadSamples.get(reloadSamples.size() - 1) / 1e6);
            }
            if (i == reloads) {
                break;
            }
            LoadReport report = holder.reload("soak");
            if (!report.ok()) {
                throw new IllegalStateException("reload failed: " + report.errors());
            }
            evaluator.evaluate(plans.get(i % plans.size()), holder.current(), null);
            totalMs += report.durationMs();
            maxMs = Math.max(maxMs, report.durationMs());
        }
        System.out.printf("  reload mean %d ms, max %d ms; heap last/first (after warm-up sample 1) = %.3f%n",
                totalMs / reloads, maxMs, reloadSamples.get(reloadSamples.size() - 1) / (double) reloadSamples.get(1));
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
