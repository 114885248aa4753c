package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

/** A citation: a source document id from the knowledge catalogue and the section in it. */
@Serdeable
public record SourceRef(String sourceId, String section) {
}
