package org.scalingadvisor.plan;

/** Who leads the scaling effort. */
public enum ScalingLead {
    LONE_CHAMPION,
    INNOVATION_TEAM,
    DEDICATED_TEAM,
    DEDICATED_ORGANISATION,
    INTERMEDIARY
}
