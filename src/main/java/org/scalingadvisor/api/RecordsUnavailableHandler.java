package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.scalingadvisor.records.RecordsUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The record database could not be read: 503 with a problem body (the fault is logged, not shown). */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class RecordsUnavailableHandler implements ExceptionHandler<RecordsUnavailableException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RecordsUnavailableException e) {
        LOG.error("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage(), e.getCause());
        Problem problem = Problem.of(503, "records_unavailable", "Service Unavailable",
                "The decision records cannot be read just now; try again shortly. The fault is logged.", List.of());
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE).body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE)).header("Retry-After", "5");
    }
}
