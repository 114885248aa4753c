package org.scalingadvisor.plan;

/** Strength of a stakeholder group's own network. */
public enum NetworkStrength {
    NONE,
    WEAK,
    MODERATE,
    STRONG
}
