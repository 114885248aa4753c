package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** A community of practice among those who deliver the innovation. */
@Serdeable
public record PracticeCommunity(
        Boolean exists,
        Boolean facilitated,
        Integer organisations,
        Boolean coDesignMethods) {
}
