package org.scalingadvisor.api;

import org.scalingadvisor.http.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.scalingadvisor.plan.PlanRejectedException;

/** A plan that is not JSON, or not a valid plan, is a 400 naming every fault by JSON pointer. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class PlanRejectedHandler implements ExceptionHandler<PlanRejectedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PlanRejectedException e) {
        Problem problem = problemOf(e);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }

    /** The problem answer for a refused plan: the same for POST /api/v1/evaluations and for an item of a batch. */
    static Problem problemOf(PlanRejectedException e) {
        boolean malformed = e.reason() == PlanRejectedException.Reason.MALFORMED_JSON;
        return Problem.of(400, malformed ? "malformed_json" : "invalid_plan",
                malformed ? "Malformed JSON" : "Invalid plan", e.getMessage(),
                e.errors().stream().map(f -> Problem.Error.at(f.pointer(), f.message())).toList());
    }
}
