package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** A wider community of people interested in the innovation. */
@Serdeable
public record InterestCommunity(
        Boolean exists,
        Integer members,
        Boolean communicationsPlan) {
}
