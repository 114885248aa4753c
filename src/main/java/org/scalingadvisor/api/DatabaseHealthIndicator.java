package org.scalingadvisor.api;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "database" part of GET /health/readiness: UP when a connection answers within two seconds.
 * A replica that cannot reach the database that holds plans and decision records is not ready.
 */
@Singleton
@Readiness
class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            details.put("database", connection.getMetaData().getDatabaseProductName());
            healthStatus = valid ? HealthStatus.UP : HealthStatus.DOWN;
        } catch (SQLException e) {
            details.put("error", "no connection: " + e.getClass().getSimpleName());
            healthStatus = HealthStatus.DOWN;
        }
        return details;
    }

    @Override
    protected String getName() {
        return "database";
    }
}
