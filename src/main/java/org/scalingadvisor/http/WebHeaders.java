package org.scalingadvisor.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers for browsers: pages get a Content-Security-Policy with no inline script or style and no
 * framing; no answer sends a Referer to other sites; and nothing but the static files (CSS, JS,
 * htmx) may be kept by a browser or a proxy, since pages and API answers show people's plans.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WebHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("Referrer-Policy", "same-origin");
        boolean page = response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
        if (page) {
            response.header("Content-Security-Policy", POLICY);
            response.header("X-Frame-Options", "DENY");
        }
        String path = request.getPath();
        if (!path.startsWith("/static/") && !path.startsWith("/webjars/") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
