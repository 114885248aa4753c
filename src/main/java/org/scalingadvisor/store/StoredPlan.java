package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A planner's plan as stored: title, latest version and verdict, the editor's unsaved working copy,
 * who it belongs to (the caller who made it, and their team), and the client (API key name; null when
 * anonymous) that made it, which the plan bounds count by.
 */
@MappedEntity("scaling_plan")
public record StoredPlan(@Id String id, String title, int latestVersion, String verdict,
                         @Nullable String workingCopy, Instant createdAt, Instant updatedAt,
                         @Nullable String client, String ownerId, @Nullable String teamId) {

    StoredPlan withVersion(int version, String title, String verdict, Instant at) {
        return new StoredPlan(id, title, version, verdict, workingCopy, createdAt, at, client, ownerId, teamId);
    }

    StoredPlan withWorkingCopy(String json, Instant at) {
        return new StoredPlan(id, title, latestVersion, verdict, json, createdAt, at, client, ownerId, teamId);
    }
}
