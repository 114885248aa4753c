package org.scalingadvisor.http;

import java.util.List;

/** A request the API refuses, carrying the problem answer to give. */
public final class ApiException extends RuntimeException {

    private final transient Problem problem;

    private ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(Problem.of(400, "invalid_parameter", "Invalid parameter", message,
                List.of(Problem.Error.parameter(parameter, message))));
    }

    /** Any other refusal, with its status, stable code and title. */
    public static ApiException of(int status, String code, String title, String message) {
        return new ApiException(Problem.of(status, code, title, message, List.of()));
    }

    /** A refused request header, named like a query parameter. */
    public static ApiException badHeader(String header, String message) {
        return new ApiException(Problem.of(400, "invalid_header", "Invalid header", message,
                List.of(Problem.Error.parameter(header, message))));
    }

    public static ApiException notFound(String message) {
        return new ApiException(Problem.of(404, "not_found", "Not Found", message, List.of()));
    }

    /** Any problem answer, as built by the caller. */
    public static ApiException problem(Problem problem) {
        return new ApiException(problem);
    }

    /** 413: a batch over its limits (items or bytes), refused before any of it is evaluated. */
    public static ApiException batchTooLarge(String message, Problem.Error error) {
        return new ApiException(Problem.of(413, "batch_too_large", "Batch too large", message, List.of(error)));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Problem.of(401, "unauthorized", "Unauthorized", message, List.of()));
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(Problem.of(415, "unsupported_media_type", "Unsupported Media Type", message, List.of()));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Problem.of(403, "forbidden", "Forbidden", message, List.of()));
    }
}
