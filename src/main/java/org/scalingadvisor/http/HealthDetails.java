package org.scalingadvisor.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;

import java.util.Map;

/**
 * Health answers show only their status unless the caller is an operator (an API key listed in
 * {@code advisor.api.operators}, a person with the operator role, or the local user of a personal
 * instance): the details name the database, its version and its URL.
 */
@ServerFilter({"/health", "/health/**"})
final class HealthDetails {

    @ResponseFilter
    void statusOnly(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean operator = request.getAttribute(Callers.ATTRIBUTE, Caller.class).map(Caller::operator).orElse(false);
        if (!operator && response.getBody().orElse(null) instanceof HealthResult result) {
            ((MutableHttpResponse<Object>) response).body(Map.of("status", result.getStatus().getName()));
        }
    }
}
