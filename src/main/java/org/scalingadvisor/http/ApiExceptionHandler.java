package org.scalingadvisor.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a refused request with its problem body. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiException e) {
        Problem problem = e.problem();
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
        return problem.status() == 401 ? response.header("WWW-Authenticate", "Bearer") : response;
    }
}
