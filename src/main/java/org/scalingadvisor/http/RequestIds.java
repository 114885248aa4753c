package org.scalingadvisor.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * X-Request-Id: every answer carries one, the caller's when it sent a usable one (letters, digits
 * and {@code . _ : @ / + = -}; cut to 128 characters), else a new one. It is in the log lines of
 * the request (MDC key requestId) and on the decision record.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIds implements Ordered {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute holding the request's id. */
    public static final String ATTRIBUTE = "advisor.requestId";
    public static final int MAX_LENGTH = 128;
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:@/+=-]+");

    /** Just after SecurityHeadersFilter: every other filter's log lines and answers have the id. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = usable(request.getHeaders().get(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of("requestId", id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    /** The request's id (one is always assigned by this filter). */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(RequestIds::generate);
    }

    static String usable(String given) {
        if (given == null || given.isEmpty()) {
            return generate();
        }
        String capped = given.length() > MAX_LENGTH ? given.substring(0, MAX_LENGTH) : given;
        return USABLE.matcher(capped).matches() ? capped : generate();
    }

    /** 128 random bits as 32 hex digits: unique enough to correlate logs, and cheap (no SecureRandom). */
    private static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return hex16(random.nextLong()) + hex16(random.nextLong());
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0000000000000000".substring(hex.length()) + hex;
    }
}
