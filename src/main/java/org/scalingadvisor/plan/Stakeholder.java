package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** One stakeholder group and how the plan engages it. */
@Serdeable
public record Stakeholder(
        StakeholderGroup group,
        StakeholderRole role,
        NetworkStrength network,
        Boolean engagementRoute) {
}
