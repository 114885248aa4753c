package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * The database holding plans could not be reached or written (stopped, full, closed): 503 with a
 * problem body and Retry-After, never a 500; the fault is logged, not shown. A statement refused for
 * breaking a constraint is no outage but two changes colliding: 409 conflict.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    static HttpResponse<Problem> answer(HttpRequest<?> request, RuntimeException e) {
        if (brokeAConstraint(e)) {
            LOG.warn("{} {}: refused by a constraint, a concurrent change: {}", request.getMethod(), request.getPath(), e.toString());
            Problem problem = Problem.of(409, "conflict", "Conflict",
                    "The change collided with another made at the same moment; read the resource again, and retry if it is still needed.",
                    List.of());
            return HttpResponse.<Problem>status(HttpStatus.CONFLICT).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
        }
        LOG.error("{} {}: the database failed: {}", request.getMethod(), request.getPath(), e.toString());
        Problem problem = Problem.of(503, "database_unavailable", "Service Unavailable",
                "The plans cannot be read or saved just now; try again shortly. The fault is logged.", List.of());
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE).body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE)).header("Retry-After", "5");
    }

    /** SQLSTATE class 23 (integrity constraint violation) anywhere in the causes: H2 and PostgreSQL both use it. */
    private static boolean brokeAConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** No connection within the pool's timeout. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class NoConnection implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException e) {
            return answer(request, e);
        }
    }

    /** A connection could not be prepared (closed under the pool, as when the server stops). */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class ConnectionFailed implements ExceptionHandler<io.micronaut.data.connection.exceptions.ConnectionException, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.data.connection.exceptions.ConnectionException e) {
            return answer(request, e);
        }
    }

    /** A transaction could not begin or commit because the database went away. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class TransactionFailed implements ExceptionHandler<io.micronaut.transaction.exceptions.TransactionException, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, io.micronaut.transaction.exceptions.TransactionException e) {
            return answer(request, e);
        }
    }

    /** A statement failed: the database is closed, or its disk is full. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    static final class StatementFailed implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DataAccessException e) {
            return answer(request, e);
        }
    }
}
