package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** Communities that carry the innovation beyond its originators. */
@Serdeable
public record Communities(
        PracticeCommunity practice,
        AdopterCommunity adopters,
        InterestCommunity interest,
        Boolean recruitmentPathways) {
}
