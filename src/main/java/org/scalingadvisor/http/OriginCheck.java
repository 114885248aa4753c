package org.scalingadvisor.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF defence: a state-changing request a browser sends (pages and htmx, and the API when it comes
 * with the sign-in cookie rather than an API key) must come from the service's own origin, whatever
 * the Host header says. The origin is {@code advisor.public-url} when set, else the Host the request
 * was sent to. {@code Sec-Fetch-Site} other than {@code same-origin} (or {@code none}: typed by the
 * person) is refused too. A request with neither header is not a browser's cross-site request.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class OriginCheck implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final String publicOrigin;

    OriginCheck(IdentitySettings identity) {
        this.publicOrigin = identity.publicUrl() == null ? null : origin(identity.publicUrl());
    }

    /** After the request id is assigned, before anything reads the body. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        // An API key is a header a cross-site page cannot send without a CORS preflight: not forgeable.
        if (request.getPath().startsWith("/api/") && request.getHeaders().contains("Authorization")) {
            return null;
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return refuse("the request came from another site (Sec-Fetch-Site: " + site + ")");
        }
        String origin = request.getHeaders().get("Origin");
        if (origin == null) {
            return null;
        }
        String given = normalised(origin);
        if (publicOrigin != null) {
            return publicOrigin.equals(given) ? null
                    : refuse("the request came from " + origin + ", not from this service's address (advisor.public-url)");
        }
        String host = request.getHeaders().get("Host");
        return host != null && given != null && given.substring(given.indexOf("://") + 3).equals(authority(host)) ? null
                : refuse("the request came from " + origin + ", not from this service's address");
    }

    private static HttpResponse<?> refuse(String why) {
        return Access.problem(HttpStatus.FORBIDDEN, "forbidden", "A change from a page of another site is refused: " + why
                + ". Set advisor.public-url to the address people use.");
    }

    /** scheme://host[:port], lower case, without the scheme's default port; null when it is not such a URL. */
    @Nullable
    private static String normalised(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            return uri.getScheme() == null || uri.getHost() == null ? null : origin(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean standard = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }

    /** The Host header as an origin's authority: lower case, without :80 or :443. */
    private static String authority(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }
}
