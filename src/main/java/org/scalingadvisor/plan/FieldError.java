package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** One thing wrong with a submitted plan: where (a JSON pointer into the body) and what. */
@Serdeable
public record FieldError(String pointer, String message) {
}
