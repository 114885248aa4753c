package org.scalingadvisor.plan;

import java.util.List;

/** The submitted plan cannot be evaluated: the body is not JSON, or not a plan. */
public final class PlanRejectedException extends Exception {

    /** Why: MALFORMED_JSON (not parseable) or INVALID_PLAN (parseable, but breaks the schema). */
    public enum Reason { MALFORMED_JSON, INVALID_PLAN }

    private final Reason reason;
    private final transient List<FieldError> errors;

    public PlanRejectedException(Reason reason, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
