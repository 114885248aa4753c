package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the last attempt to load the rules folder: OK or FAILED, the version attempted,
 * the version still serving, when, how long it took, what triggered it, and every problem found.
 */
@Serdeable
public record LoadReport(String status, String attemptedVersion, String servingVersion, Instant at, long durationMs,
                         String trigger, List<RuleProblem> errors) {

    public boolean ok() {
        return "OK".equals(status);
    }
}
