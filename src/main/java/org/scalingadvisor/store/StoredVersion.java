package org.scalingadvisor.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One saved version (draft) of a plan: the plan JSON as saved and its evaluation at that moment. */
@MappedEntity("plan_version")
public record StoredVersion(@Id String id, String planId, int version, Instant savedAt, String verdict,
                            String planJson, String evaluationJson) {
}
