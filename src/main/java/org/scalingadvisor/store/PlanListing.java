package org.scalingadvisor.store;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A plan as lists show it: no working copy, no version bodies. */
@Introspected
public record PlanListing(String id, String title, int latestVersion, String verdict, Instant createdAt, Instant updatedAt) {
}
