package org.scalingadvisor.http;

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
public final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

    public static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "bad_request"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not_found"),
            Map.entry(405, "method_not_allowed"),
            Map.entry(406, "not_acceptable"),
            Map.entry(408, "body_timeout"),
            Map.entry(413, "body_too_large"),
            Map.entry(414, "uri_too_long"),
            Map.entry(415, "unsupported_media_type"),
            Map.entry(431, "headers_too_large"),
            Map.entry(503, "server_busy"));

    /** What each status means, in our words (Micronaut's and Jackson's own messages are not shown). */
    static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "The request could not be read; check the query parameters and the body."),
            Map.entry(401, "This endpoint needs a bearer token."),
            Map.entry(403, "The request is not allowed."),
            Map.entry(404, "Nothing is here; GET /openapi/scaling-advisor-1.yml lists the endpoints."),
            Map.entry(405, "This path does not accept that method; GET /openapi/scaling-advisor-1.yml lists the methods."),
            Map.entry(406, "The answer is JSON (application/json, or application/problem+json for errors); accept one of them."),
            Map.entry(413, "The request body is larger than the server accepts (1 MB for a plan: micronaut.server.max-request-buffer-size)."),
            Map.entry(415, "Send the plan as JSON encoded as UTF-8, with the header Content-Type: application/json."));

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        int code = status.getCode();
        String detail;
        if (code >= 500) {
            detail = "The server could not complete this request; the fault is logged. Your input was not the cause.";
        } else {
            detail = DETAILS.getOrDefault(code, status.getReason());
        }
        Problem problem = Problem.of(code, CODES.getOrDefault(code, code >= 500 ? "internal_error" : "client_error"),
                status.getReason(), detail, List.of());
        return response.body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
