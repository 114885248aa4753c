package org.scalingadvisor.plan;

/** Whether the innovation was made here or adapted from another place, sector or country. */
public enum InnovationOrigin {
    HOME_GROWN,
    IMPORTED
}
