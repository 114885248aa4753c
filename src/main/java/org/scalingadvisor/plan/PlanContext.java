package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** The local context the innovation is spreading into (the plan's "context" object). */
@Serdeable
public record PlanContext(
        Level riskAversion,
        Level partnershipReluctance,
        Boolean complexityAcknowledged) {
}
