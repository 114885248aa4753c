package org.scalingadvisor.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a rule load changed for real submissions: the most recent distinct stored plans, each
 * evaluated with the rules served before the load and with the new ones.
 *
 * @param status         NOT_MEASURED (a start-up or failed load, or no decision records kept), RUNNING while the
 *                       plans are replayed, then DONE, or FAILED (see {@code message})
 * @param fromVersion    the rule set served before the load
 * @param toVersion      the rule set loaded
 * @param replayed       plans replayed
 * @param verdictChanged plans whose verdict differs
 * @param itemsChanged   plans whose advice differs (an item added, resolved, or with another score, band or rank)
 * @param policyOutcomeChanged plans that some policy (of either rule set) passes under one and fails, or no
 *                       longer judges, under the other
 * @param itemsReworded  plans with an item in both evaluations whose title, message or sign text differs
 * @param examples       up to five evaluation ids (the latest record of such a plan) whose verdict changed
 */
@Serdeable
public record LoadImpact(String status, @Nullable String fromVersion, @Nullable String toVersion, int sample, int replayed,
                         int verdictChanged, int itemsChanged, int policyOutcomeChanged, int itemsReworded, long durationMs, List<String> examples,
                         @Nullable String message) {

    /** Before anything measures a load, or when nothing will. */
    public static LoadImpact notMeasured() {
        return new LoadImpact("NOT_MEASURED", null, null, 0, 0, 0, 0, 0, 0, 0, List.of(), null);
    }
}
