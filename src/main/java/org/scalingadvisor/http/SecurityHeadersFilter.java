package org.scalingadvisor.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;

/**
 * Every answer says {@code X-Content-Type-Options: nosniff}, and an error answer without a body
 * (a cross-origin request refused by the CORS filter, for one) gets its problem body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {

    /** First in, so its response phase runs last, after filters (CORS) that answer on their own. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        int code = response.code();
        if (code >= 400 && response.getBody().isEmpty()) {
            String detail = code == 403 && request.getHeaders().contains("Origin")
                    ? "Cross-origin requests from this origin are not allowed; list it in micronaut.server.cors to allow it."
                    : ProblemResponseProcessor.DETAILS.getOrDefault(code, response.reason());
            Problem problem = Problem.of(code, ProblemResponseProcessor.CODES.getOrDefault(code, code >= 500 ? "internal_error" : "client_error"),
                    response.reason(), detail, List.of());
            ((MutableHttpResponse<Object>) response).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
        }
    }
}
