package org.scalingadvisor.plan;

/** Strongest kind of evidence that an innovation works. */
public enum Evidence {
    NONE,
    ANECDOTAL,
    BEFORE_AFTER,
    CONTROLLED,
    SYSTEMATIC_REVIEW
}
