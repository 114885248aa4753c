package org.scalingadvisor.plan;

/** The side of the system a stakeholder group belongs to. */
public enum StakeholderSide {
    PROFESSIONAL,
    SYSTEM,
    USER,
    INNOVATOR
}
