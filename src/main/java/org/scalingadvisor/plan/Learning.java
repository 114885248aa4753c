package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** How a plan learns from spread as it goes. */
@Serdeable
public record Learning(
        Boolean iterativeReview,
        Boolean scalingFramework,
        Boolean evaluationPlanned,
        Boolean evaluationCompares) {
}
