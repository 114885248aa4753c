package org.scalingadvisor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.evaluation.Evaluation;

/**
 * The outcome of one batch item: its index (from 0, in the order sent), the caller's reference, the status a
 * single POST of it would have had, and the evaluation (200) or the problem (4xx, 5xx).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(int index, @Nullable String reference, int status, @Nullable Evaluation evaluation,
                          @Nullable Problem problem) {

    static BatchResult evaluated(BatchItems.Item item, Evaluation evaluation) {
        return new BatchResult(item.index(), item.reference(), 200, evaluation, null);
    }

    static BatchResult refused(BatchItems.Item item, Problem problem) {
        return new BatchResult(item.index(), item.reference(), problem.status(), null, problem);
    }
}
