package org.scalingadvisor.plan;

/** When planning for spread begins relative to the pilot. */
public enum SpreadPlanningStart {
    AT_OUTSET,
    DURING_PILOT,
    AFTER_PILOT,
    NOT_PLANNED
}
