package org.scalingadvisor.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Every error Micronaut itself answers (unknown path, wrong method, wrong media type, body too
 * large, server fault) becomes a problem+json body with a stable code, never a stack trace.
 */
@Singleton
@Primary
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad_request",
            401, "unauthorized",
            403, "forbidden",
            404, "not_found",
            405, "method_not_allowed",
            406, "not_acceptable",
            413, "body_too_large",
            415, "unsupported_media_type");

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        int code = status.getCode();
        String detail;
        if (code >= 500) {
            detail = "The server could not complete this request; the fault is logged. Your input was not the cause.";
        } else if (code == 413) {
            detail = "The request body is larger than the server accepts (micronaut.server.max-request-size).";
        } else if (code == 415) {
            detail = "Send the plan as JSON with the header Content-Type: application/json.";
        } else {
            detail = context.getErrors().stream().map(e -> e.getMessage()).findFirst().orElse(status.getReason());
        }
        Problem problem = Problem.of(code, CODES.getOrDefault(code, code >= 500 ? "internal_error" : "client_error"),
                status.getReason(), detail, List.of());
        return response.body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
