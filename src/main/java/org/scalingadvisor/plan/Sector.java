package org.scalingadvisor.plan;

/** Public service sector a plan operates in. */
public enum Sector {
    HEALTH,
    ADULT_SOCIAL_CARE,
    CHILDREN_SOCIAL_CARE,
    EDUCATION,
    OTHER_PUBLIC_SERVICE
}
