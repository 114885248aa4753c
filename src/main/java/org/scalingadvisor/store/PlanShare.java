package org.scalingadvisor.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A plan shared with a person ({@code person:<sub>}) or a team ({@code team:<name>}). */
@MappedEntity("plan_share")
record PlanShare(@Id String id, String planId, String grantee, String grantedBy, Instant grantedAt) {
}
