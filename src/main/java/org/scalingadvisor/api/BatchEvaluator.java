package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.evaluation.EvaluationJson;
import org.scalingadvisor.records.DecisionRecords;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Evaluates the items of a batch in parallel on the evaluations executor, a few at a time (so single
 * evaluations arriving meanwhile are not queued behind a whole tender), each item on its own.
 */
@Singleton
final class BatchEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(BatchEvaluator.class);

    private final PlanEvaluations evaluations;
    private final DecisionRecords records;
    private final Scheduler scheduler;
    private final int parallelism;

    BatchEvaluator(PlanEvaluations evaluations, DecisionRecords records,
                   @Named(EvaluationController.EVALUATIONS) ExecutorService executor) {
        this.evaluations = evaluations;
        this.records = records;
        this.scheduler = Schedulers.fromExecutorService(executor, EvaluationController.EVALUATIONS);
        this.parallelism = Runtime.getRuntime().availableProcessors();
    }

    /**
     * The results as items finish (not in index order), each evaluated item kept as its own decision record
     * for the caller's client and request id; cancelling stops items not yet started.
     */
    Flux<BatchResult> run(List<BatchItems.Item> items, Ruleset ruleset, @Nullable Policy policy,
                          @Nullable String client, String requestId) {
        return Flux.fromIterable(items)
                .flatMap(item -> Mono.fromCallable(() -> evaluateItem(item, ruleset, policy)).subscribeOn(scheduler)
                        .flatMap(result -> record(item, result, client, requestId)), parallelism);
    }

    /** Stores an evaluated item as a decision record; a failure to store is logged and counted there, and said here. */
    private Mono<BatchResult> record(BatchItems.Item item, BatchResult result, @Nullable String client, String requestId) {
        if (result.evaluation() == null) {
            return Mono.just(result);
        }
        byte[] answer = EvaluationJson.write(result.evaluation());
        return Mono.fromFuture(records.record(item.plan(), result.evaluation(), answer, item.reference(), client, requestId, null))
                .map(outcome -> switch (outcome.status()) {
                    case STORED, REPEATED -> result.recorded(outcome.location(), "stored");
                    case DISABLED -> result.recorded(null, "disabled");
                    default -> result.recorded(null, "failed");
                })
                .onErrorResume(fault -> {
                    LOG.error("batch item {} evaluated but not recorded", item.index(), fault);
                    return Mono.just(result.recorded(null, "failed"));
                });
    }

    /** One item: read strictly → evaluate → judge by the policy → its result. Never throws. */
    BatchResult evaluateItem(BatchItems.Item item, Ruleset ruleset, @Nullable Policy policy) {
        if (item.problem() != null) {
            return BatchResult.refused(item, item.problem());
        }
        try {
            return BatchResult.evaluated(item, evaluations.evaluate(item.plan(), ruleset, null, policy));
        } catch (PlanRejectedException e) {
            return BatchResult.refused(item, PlanRejectedHandler.problemOf(e));
        } catch (RuntimeException e) {
            LOG.error("batch item {} could not be evaluated", item.index(), e);
            return BatchResult.refused(item, Problem.of(500, "internal_error", "Internal Server Error",
                    "The server could not evaluate this item; the fault is logged. The item was not the cause.", List.of()));
        }
    }
}
