package org.scalingadvisor.plan;

/** How far an innovation departs from current practice. */
public enum InnovationNature {
    INCREMENTAL,
    RADICAL,
    SYSTEMIC,
    DISRUPTIVE
}
