package org.scalingadvisor.plan;

/** A three-point scale. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
