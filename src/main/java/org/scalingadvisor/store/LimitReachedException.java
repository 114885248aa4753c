package org.scalingadvisor.store;

/** A plan or a version the bounds do not allow (advisor.plans.max-plans, advisor.plans.max-versions). */
public final class LimitReachedException extends RuntimeException {

    public LimitReachedException(String message) {
        super(message, null, false, false);
    }
}
