package org.scalingadvisor.plan;

/** How deeply a stakeholder group takes part in a plan. */
public enum StakeholderRole {
    INFORMED,
    CONSULTED,
    INVOLVED,
    CO_PRODUCING,
    LEADING
}
