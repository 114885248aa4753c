package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of the last attempt to load the rules folder: OK or FAILED, the version attempted,
 * the version still serving, when, how long it took, what triggered it, and every problem found.
 * {@code impact} is what the new rules change in recently stored evaluations: filled in after the
 * load, off the request path, by whoever listens (NOT_MEASURED until then, and when nothing measures it).
 */
@Serdeable
public record LoadReport(String status, String attemptedVersion, String servingVersion, Instant at, long durationMs,
                         String trigger, List<RuleProblem> errors, LoadImpact impact) {

    public LoadReport(String status, String attemptedVersion, String servingVersion, Instant at, long durationMs,
                      String trigger, List<RuleProblem> errors) {
        this(status, attemptedVersion, servingVersion, at, durationMs, trigger, errors, LoadImpact.notMeasured());
    }

    public boolean ok() {
        return "OK".equals(status);
    }

    LoadReport withImpact(LoadImpact impact) {
        return new LoadReport(status, attemptedVersion, servingVersion, at, durationMs, trigger, errors, impact);
    }
}
