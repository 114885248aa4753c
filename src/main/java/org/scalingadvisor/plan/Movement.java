package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** Whether a plan builds a movement that creates demand for change. */
@Serdeable
public record Movement(
        Boolean caseForChange,
        Boolean vision,
        Boolean alliances) {
}
