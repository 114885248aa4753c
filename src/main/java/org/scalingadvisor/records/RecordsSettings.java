package org.scalingadvisor.records;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * advisor.records.*: whether evaluations are stored, for how long, how many stored plans a rule
 * reload replays, and the writer's batch and wait limits.
 */
@ConfigurationProperties("advisor.records")
public class RecordsSettings {

    private boolean enabled = true;
    private Duration retention = Duration.ofDays(400);
    private Duration purgeInterval = Duration.ofHours(1);
    private int impactSample = 200;
    private int batchSize = 500;
    private int queueSize = 20_000;
    private Duration commitTimeout = Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    public Duration getPurgeInterval() {
        return purgeInterval;
    }

    public void setPurgeInterval(Duration purgeInterval) {
        this.purgeInterval = purgeInterval;
    }

    public int getImpactSample() {
        return impactSample;
    }

    public void setImpactSample(int impactSample) {
        this.impactSample = impactSample;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getQueueSize() {
        return queueSize;
    }

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public Duration getCommitTimeout() {
        return commitTimeout;
    }

    public void setCommitTimeout(Duration commitTimeout) {
        this.commitTimeout = commitTimeout;
    }
}
