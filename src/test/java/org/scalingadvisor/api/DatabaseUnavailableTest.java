package org.scalingadvisor.api;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.http.Problem;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A failed statement is an outage (503) unless the database refused it for breaking a constraint: that
 * is two changes colliding (409 conflict), as H2 and PostgreSQL both say with SQLSTATE class 23.
 */
class DatabaseUnavailableTest {

    private final HttpRequest<?> request = HttpRequest.POST("/api/v1/plans/p/shares", "{}");

    @Test
    void aUniqueConstraintViolationIsAConflictOnH2AndPostgres() {
        for (SQLException cause : new SQLException[]{
                new SQLIntegrityConstraintViolationException("Unique index or primary key violation", "23505"),
                new SQLException("duplicate key value violates unique constraint \"plan_share_once\"", "23505")}) {
            HttpResponse<Problem> answer = DatabaseUnavailable.answer(request, new DataAccessException("insert failed", cause));
            assertEquals(409, answer.code());
            assertEquals("conflict", answer.body().code());
        }
    }

    @Test
    void aClosedDatabaseIsStillAnOutage() {
        HttpResponse<Problem> answer = DatabaseUnavailable.answer(request,
                new DataAccessException("failed", new SQLException("Database is already closed", "90098")));
        assertEquals(503, answer.code());
        assertEquals("database_unavailable", answer.body().code());
    }
}
