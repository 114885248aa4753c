package org.scalingadvisor.store;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A saved version as a plan's history shows it: its number, time and verdict, without its bodies. */
@Introspected
public record VersionListing(int version, Instant savedAt, String verdict) {
}
