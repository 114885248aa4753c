package org.scalingadvisor.records;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Retention (advisor.records.retention, default P400D): records older than that are deleted every
 * advisor.records.purge-interval, with the plan and evaluation bodies no record names any more.
 * Every instance may run it; the deletes are idempotent.
 */
@Singleton
@Requires(property = "advisor.records.enabled", notEquals = "false")
class RecordPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RecordPurge.class);

    private final DecisionRecords records;

    RecordPurge(DecisionRecords records) {
        this.records = records;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "${advisor.records.purge-interval:1h}")
    void purge() {
        try {
            int deleted = records.purge(Instant.now());
            if (deleted > 0) {
                LOG.info("Retention: {} decision records older than the retention period deleted", deleted);
            }
        } catch (Exception e) {
            LOG.error("Retention: the purge of old decision records failed: {}", e.toString());
        }
    }
}
