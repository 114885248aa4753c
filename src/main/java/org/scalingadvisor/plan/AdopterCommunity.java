package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** A community or network of adopting organisations. */
@Serdeable
public record AdopterCommunity(
        Boolean exists,
        Integer organisations,
        Boolean givesFeedback) {
}
