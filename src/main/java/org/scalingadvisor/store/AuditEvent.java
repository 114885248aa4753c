package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One line of the audit log: who did what to which plan, and when. */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(@Id String id, Instant at, String actor, String action, String planId, @Nullable Integer version,
                         @Nullable String detail, @Nullable String requestId) {
}
