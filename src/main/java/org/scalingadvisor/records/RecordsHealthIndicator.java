package org.scalingadvisor.records;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "records" part of GET /health and of readiness: DOWN while decision records cannot be written
 * (a full disk, a closed or unreachable database), so no traffic is sent to an instance that would
 * answer every evaluation with X-Decision-Record: failed. UP again once a probe write commits.
 */
@Singleton
@Readiness
class RecordsHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DecisionRecords records;

    RecordsHealthIndicator(DecisionRecords records) {
        this.records = records;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        RecordWriter.Failure failure = records.enabled() ? records.writeFailure() : null;
        details.put("writing", !records.enabled() ? "off (advisor.records.enabled=false)" : failure == null ? "ok" : "failing");
        if (failure != null) {
            details.put("failingSince", failure.at().toString());
            details.put("fault", failure.fault());
        }
        healthStatus = failure == null ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    @Override
    protected String getName() {
        return "records";
    }
}
