package org.scalingadvisor.plan;

/** Whether a plan spreads one innovation or runs a programme or fund for many. */
public enum PlanType {
    INNOVATION,
    PROGRAMME
}
