package org.scalingadvisor.store;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.scalingadvisor.http.Problem;

import java.util.List;

/** A plan or version over its bound: 409 limit_reached, saying which bound and what to do. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class LimitReachedHandler implements ExceptionHandler<LimitReachedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, LimitReachedException e) {
        Problem problem = Problem.of(409, "limit_reached", "Limit reached", e.getMessage(), List.of());
        return HttpResponse.<Problem>status(HttpStatus.CONFLICT).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
