package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** Conditions in the wider system that help or hinder adoption. */
@Serdeable
public record Enablers(
        LeadershipSupport leadershipSupport,
        Boolean experimentationCulture,
        Boolean adopterIncentives,
        Boolean commissioningRoute,
        Boolean regulatoryBarriers,
        AlignedPriorities alignedPriorities,
        Boolean reliesOnTargetsOrTariffs,
        Boolean innovationSupportAccess,
        Boolean adopterCapacity) {
}
