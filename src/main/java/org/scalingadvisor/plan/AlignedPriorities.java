package org.scalingadvisor.plan;

/** Whether an innovation matches local priorities, national priorities, both or neither. */
public enum AlignedPriorities {
    NONE,
    LOCAL,
    NATIONAL,
    BOTH
}
