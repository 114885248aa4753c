package org.scalingadvisor.evaluation;

/**
 * An evaluation ran past its deadline and was stopped: the rule set misbehaves on this plan. The
 * session is disposed and nothing of the evaluation is kept; the service goes on answering.
 */
public final class EvaluationDeadlineException extends RuntimeException {

    private final long deadlineMillis;

    EvaluationDeadlineException(long deadlineMillis) {
        super("the evaluation was stopped after " + deadlineMillis + " ms", null, false, false);
        this.deadlineMillis = deadlineMillis;
    }

    public long deadlineMillis() {
        return deadlineMillis;
    }

    /** The deadline exception in {@code error}'s chain of causes (Drools wraps what listeners throw), or null. */
    static EvaluationDeadlineException in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EvaluationDeadlineException deadline) {
                return deadline;
            }
        }
        return null;
    }
}
