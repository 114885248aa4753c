package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** How far the innovation is meant to reach (organisations or sites), and how far it has reached. */
@Serdeable
public record Scale(
        Integer targetAdopters,
        Integer currentAdopters) {
}
