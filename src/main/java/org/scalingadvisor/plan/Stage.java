package org.scalingadvisor.plan;

/** How far an innovation has progressed, from idea to sustained practice. */
public enum Stage {
    IDEA,
    DESIGN,
    PILOT,
    EARLY_SPREAD,
    SCALING,
    SUSTAINING
}
