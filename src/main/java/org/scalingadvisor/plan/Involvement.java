package org.scalingadvisor.plan;

/** Degree to which a group takes part in design. */
public enum Involvement {
    NONE,
    INFORMED,
    CONSULTED,
    CO_DESIGNING
}
