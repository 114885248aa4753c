package org.scalingadvisor.records;

import jakarta.inject.Singleton;
import org.scalingadvisor.store.EvaluationRecorder;
import org.scalingadvisor.store.PlanAdvice;

/** The plans API's evaluations (a plan created, a version saved) are decision records like any other. */
@Singleton
final class PlanEvaluationRecords implements EvaluationRecorder {

    private final DecisionRecords records;

    PlanEvaluationRecords(DecisionRecords records) {
        this.records = records;
    }

    @Override
    public Kept keep(PlanAdvice.Advised advised, String client, String requestId) {
        DecisionRecords.Outcome outcome = records.record(advised.planBytes(), advised.result(), advised.answer(), null, client,
                requestId, null).join();
        String status = switch (outcome.status()) {
            case STORED, REPEATED -> "stored";
            case DISABLED -> "disabled";
            default -> "failed";
        };
        return new Kept(status, outcome.location());
    }
}
