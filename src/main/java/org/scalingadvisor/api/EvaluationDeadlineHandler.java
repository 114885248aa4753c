package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.EvaluationDeadlineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The rules ran past the evaluation deadline on this plan: 503 with a problem body, and the service goes on. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class EvaluationDeadlineHandler implements ExceptionHandler<EvaluationDeadlineException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationDeadlineHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, EvaluationDeadlineException e) {
        LOG.warn("{} {}: {}; the rule set misbehaves on this plan", request.getMethod(), request.getPath(), e.getMessage());
        Problem problem = Problem.of(503, "evaluation_deadline", "Service Unavailable",
                "The rules took longer than " + e.deadlineMillis() + " ms on this plan and were stopped. The rule set"
                        + " misbehaves on it; the fault is logged for the people who maintain the rules.", List.of());
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE).body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
