package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanVariants;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * What-ifs: a plan evaluated with each allowed answer of each field that has a fixed set of answers (and,
 * for a field the plan answers, with no answer), each to its lean {@link Outcome}. With skipping on, a
 * variant whose facts the rules cannot tell from the plan's own ({@link WhatIfKey}) takes the plan's outcome,
 * and variants the rules cannot tell apart are evaluated once. Variants are made and evaluated on the
 * caller's thread and up to {@code parallelism - 1} tasks of {@code executor}: each evaluation on a session of
 * its own, or, incrementally, each thread moving one session from variant to variant ({@link OutcomeSession}).
 */
public final class WhatIfs {

    /** One answer tried: the answer (null: the field left out) and the outcome of the plan with it. */
    public record Tried(JsonNode answer, Outcome outcome) {
    }

    /** One field's answers tried, in the schema's order (the field left out last, for a field the plan answers). */
    public record FieldTried(String field, boolean answered, List<Tried> answers) {
    }

    /** The plan's own outcome, each field's answers, how many evaluations ran and how many variants were tried. */
    public record Result(Outcome base, List<FieldTried> fields, int evaluations, int variants) {
    }

    /** How the variants are evaluated. */
    public enum Strategy {
        /** Every variant on a fresh session: the baseline the others are checked and measured against. */
        EVERY_VARIANT,
        /** Variants the rules cannot tell apart evaluated once, each on a fresh session. */
        SKIPPING,
        /**
         * As SKIPPING, but each thread keeps one session and changes only the facts that differ (the service's);
         * SKIPPING for a rule set that is not safe so ({@code Ruleset#incrementalSafe}), and for a call whose moved
         * session ran past its deadline (which makes the rule set not safe so).
         */
        INCREMENTAL
    }

    private final Evaluator evaluator;
    private final List<FixedAnswerFields.Field> fields;
    private final Executor executor;
    private final int parallelism;
    private final boolean skipping;
    private final boolean incremental;

    /** {@code executor} (null for the caller's thread alone) lends up to {@code parallelism - 1} threads to each call. */
    public WhatIfs(Evaluator evaluator, List<FixedAnswerFields.Field> fields, Executor executor, int parallelism, Strategy strategy) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.evaluator = evaluator;
        this.fields = List.copyOf(fields);
        this.executor = executor;
        this.parallelism = executor == null ? 1 : parallelism;
        this.skipping = strategy != Strategy.EVERY_VARIANT;
        this.incremental = strategy == Strategy.INCREMENTAL;
    }

    /** Every field with a fixed set of answers, answered or not. */
    public Result all(ScalingPlan plan, Ruleset ruleset) {
        return of(plan, ruleset, fields, false);
    }

    /** Only the fields the plan leaves open. */
    public Result open(ScalingPlan plan, Ruleset ruleset) {
        return of(plan, ruleset, fields, true);
    }

    /** The given fields ({@code openOnly}: those of them the plan leaves open). */
    public Result of(ScalingPlan plan, Ruleset ruleset, List<FixedAnswerFields.Field> tried, boolean openOnly) {
        List<FixedAnswerFields.Field> chosen = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        for (FixedAnswerFields.Field field : tried) {
            boolean answered = PlanVariants.valueAt(plan, field.path()) != null;
            if (openOnly && answered) {
                continue;
            }
            chosen.add(field);
            for (JsonNode answer : field.answers()) {
                variants.add(new Variant(field, answered, answer));
            }
            if (answered) {
                variants.add(new Variant(field, true, null));
            }
        }
        List<Object> baseFacts = PlanFacts.of(plan, ruleset.categories(), ruleset.thresholds());
        List<Object>[] facts = factsOf(plan, ruleset, variants);
        List<List<Object>> jobs = new ArrayList<>();
        jobs.add(baseFacts);
        int[] jobOf = new int[variants.size()];
        Map<List<Object>, Integer> jobByKey = new HashMap<>();
        if (skipping) {
            jobByKey.put(WhatIfKey.of(baseFacts, ruleset.fieldReads()), 0);
        }
        for (int i = 0; i < variants.size(); i++) {
            List<Object> variantFacts = facts[i];
            jobOf[i] = skipping ? jobByKey.computeIfAbsent(WhatIfKey.of(variantFacts, ruleset.fieldReads()), k -> add(jobs, variantFacts))
                    : add(jobs, variantFacts);
        }
        Outcome[] outcomes = new Outcome[jobs.size()];
        if (!(incremental && ruleset.incrementalSafe() && inMovedSessions(jobs, ruleset, outcomes))) {
            inParallel(jobs.size(), i -> outcomes[i] = evaluator.outcome(jobs.get(i), ruleset));
        }
        return new Result(outcomes[0], byField(chosen, variants, jobOf, outcomes), jobs.size(), variants.size());
    }

    /**
     * The jobs' outcomes on moved sessions; false if one of them ran past its deadline (Drools can loop on a moved
     * session where a fresh one settles): the rule set is then remembered as not safe so, and the caller evaluates
     * the jobs again on fresh sessions.
     */
    private boolean inMovedSessions(List<List<Object>> jobs, Ruleset ruleset, Outcome[] outcomes) {
        try {
            inSessions(jobs.size(), ruleset, (session, i) -> outcomes[i] = session.outcome(jobs.get(i)));
            return true;
        } catch (EvaluationDeadlineException stuck) {
            ruleset.movedSessionsFailed("a session moved from variant to variant in a plan's what-ifs ran past its deadline of "
                    + stuck.deadlineMillis() + " ms");
            return false;
        }
    }

    private record Variant(FixedAnswerFields.Field field, boolean answered, JsonNode answer) {
    }

    @SuppressWarnings("unchecked")
    private List<Object>[] factsOf(ScalingPlan plan, Ruleset ruleset, List<Variant> variants) {
        List<Object>[] facts = new List[variants.size()];
        inParallel(variants.size(), i -> facts[i] = PlanFacts.of(
                PlanVariants.with(plan, variants.get(i).field().path(), variants.get(i).answer()), ruleset.categories(), ruleset.thresholds()));
        return facts;
    }

    private static int add(List<List<Object>> jobs, List<Object> facts) {
        jobs.add(facts);
        return jobs.size() - 1;
    }

    private static List<FieldTried> byField(List<FixedAnswerFields.Field> chosen, List<Variant> variants, int[] jobOf, Outcome[] outcomes) {
        List<FieldTried> out = new ArrayList<>(chosen.size());
        int v = 0;
        for (FixedAnswerFields.Field field : chosen) {
            List<Tried> answers = new ArrayList<>();
            boolean answered = false;
            while (v < variants.size() && variants.get(v).field() == field) {
                answers.add(new Tried(variants.get(v).answer(), outcomes[jobOf[v]]));
                answered = variants.get(v).answered();
                v++;
            }
            out.add(new FieldTried(field.path(), answered, List.copyOf(answers)));
        }
        return List.copyOf(out);
    }

    /** Runs {@code task} for 0 … n-1, each index once, on this thread and up to parallelism - 1 of the executor's. */
    private void inParallel(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        onThreads(n, () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                task.accept(i);
            }
        });
    }

    /**
     * As {@link #inParallel}, each thread with one session of its own, opened for its first job, taking jobs in
     * runs of {@link #RUN}: neighbouring jobs are answers to one field, so a session moves least between them.
     */
    private void inSessions(int n, Ruleset ruleset, BiConsumer<OutcomeSession, Integer> task) {
        AtomicInteger next = new AtomicInteger();
        onThreads(n, () -> {
            int from = next.getAndAdd(RUN);
            if (from >= n) {
                return;
            }
            try (OutcomeSession session = evaluator.outcomeSession(ruleset)) {
                for (; from < n; from = next.getAndAdd(RUN)) {
                    for (int i = from; i < Math.min(n, from + RUN); i++) {
                        task.accept(session, i);
                    }
                }
            } catch (RuntimeException e) {
                next.set(n); // the other threads take no more jobs
                throw e;
            }
        });
    }

    /** How many neighbouring jobs a thread takes at a time when moving a session. */
    private static final int RUN = 8;

    /**
     * Runs {@code worker} on this thread and on up to parallelism - 1 (and n - 1) of the executor's, and waits for
     * all of them, even when one fails (so nothing still runs when the first failure is thrown).
     */
    private void onThreads(int n, Runnable worker) {
        int helpers = Math.min(parallelism - 1, n - 1);
        List<CompletableFuture<Void>> lent = new ArrayList<>(Math.max(helpers, 0));
        for (int h = 0; h < helpers; h++) {
            lent.add(CompletableFuture.runAsync(worker, executor));
        }
        RuntimeException failed = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        try {
            CompletableFuture.allOf(lent.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            failed = failed != null ? failed : e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (failed != null) {
            throw failed;
        }
    }
}
