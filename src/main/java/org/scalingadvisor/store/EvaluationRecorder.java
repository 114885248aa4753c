package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;

/** Keeps an evaluation the plans API made as a decision record (implemented by the records feature). */
public interface EvaluationRecorder {

    /** What became of the record: {@code stored}, {@code failed} or {@code disabled}, and where to read it (null without one). */
    record Kept(String status, @Nullable String location) {
    }

    Kept keep(PlanAdvice.Advised advised, @Nullable String client, String requestId);
}
