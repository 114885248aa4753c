package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.evaluation.Evaluation;

/**
 * The outcome of one batch item: its index (from 0, in the order sent), the caller's reference, the status a
 * single POST of it would have had, and the evaluation (200) or the problem (4xx, 5xx). An evaluated item is a
 * decision record of its own: {@code location} names it (absent when it was not stored) and {@code record} says
 * what became of it (stored, failed or disabled), as X-Decision-Record does for a single POST.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(int index, @Nullable String reference, int status, @Nullable Evaluation evaluation,
                          @Nullable Problem problem, @Nullable String location, @Nullable String record) {

    static BatchResult evaluated(BatchItems.Item item, Evaluation evaluation) {
        return new BatchResult(item.index(), item.reference(), 200, evaluation, null, null, null);
    }

    static BatchResult refused(BatchItems.Item item, Problem problem) {
        return new BatchResult(item.index(), item.reference(), problem.status(), null, problem, null, null);
    }

    /** This result with what became of its decision record. */
    BatchResult recorded(@Nullable String location, String record) {
        return new BatchResult(index, reference, status, evaluation, problem, location, record);
    }
}
