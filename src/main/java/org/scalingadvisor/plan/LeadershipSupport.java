package org.scalingadvisor.plan;

/** How far senior leaders support an innovation. */
public enum LeadershipSupport {
    NONE,
    PASSIVE,
    ACTIVE
}
