package org.scalingadvisor.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * Finds every request's caller (an API key, a person's id token, or the local user of a personal
 * instance) and refuses the requests that need one and have none: plans, records and evaluations,
 * the pages, and metrics (operators only). Runs after micronaut-security has read the id token cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class Access implements Ordered {

    private final IdentitySettings identity;

    Access(IdentitySettings identity) {
        this.identity = identity;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Caller caller = identify(request);
        if (caller != null) {
            request.setAttribute(Callers.ATTRIBUTE, caller);
        }
        String path = request.getPath();
        boolean metrics = path.equals("/prometheus") || path.startsWith("/prometheus/");
        if (!metrics && !needsCaller(path)) {
            return null;
        }
        if (caller == null) {
            return refuse(request, path);
        }
        if (metrics && !caller.operator()) {
            return problem(HttpStatus.FORBIDDEN, "forbidden", "Metrics are for operators: an API key listed in advisor.api.operators,"
                    + " or a person with the operator role.");
        }
        return null;
    }

    @Nullable
    private Caller identify(HttpRequest<?> request) {
        String key = request.getAttribute(Callers.KEY_ATTRIBUTE, String.class).orElse(null);
        if (key != null) {
            return Caller.key(key, identity.auditorKey(key), identity.operatorKey(key));
        }
        Authentication person = request.getUserPrincipal(Authentication.class).orElse(null);
        if (person != null) {
            List<String> roles = strings(person.getAttributes().get(identity.rolesClaim()));
            if (roles.isEmpty()) {
                roles = List.copyOf(person.getRoles());
            }
            return Caller.person(person.getName(), strings(person.getAttributes().get(identity.teamClaim())),
                    roles.contains("auditor"), roles.contains("operator"));
        }
        return identity.identityConfigured() ? null : Caller.LOCAL;
    }

    /** Plans, records, evaluations, what-ifs and the pages; not the catalogue, the schema, health, static files or sign-in. */
    private static boolean needsCaller(String path) {
        return path.equals("/") || path.startsWith("/plans") || path.startsWith("/api/v1/what-ifs")
                || path.startsWith("/api/v1/evaluations") || path.startsWith("/api/v1/plans") || path.startsWith("/api/v1/audit");
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, String path) {
        boolean page = !path.startsWith("/api/");
        if (page && identity.oidcClient().isPresent()) {
            return HttpResponse.seeOther(URI.create("/oauth/login/" + identity.oidcClient().get()));
        }
        String how = identity.keysConfigured() ? "send an API key: 'Authorization: Bearer <token>'" : "";
        if (identity.oidcClient().isPresent()) {
            how += (how.isEmpty() ? "" : ", or ") + "sign in at /oauth/login/" + identity.oidcClient().get();
        }
        HttpResponse<?> refused = problem(HttpStatus.UNAUTHORIZED, "unauthorized", "This endpoint needs to know who is asking: " + how + ".");
        return ((io.micronaut.http.MutableHttpResponse<?>) refused).header("WWW-Authenticate", "Bearer realm=\"scaling-advisor\"");
    }

    static HttpResponse<?> problem(HttpStatus status, String code, String detail) {
        Problem problem = Problem.of(status.getCode(), code, status.getReason(), detail, List.of());
        return HttpResponse.status(status).body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof String text) {
            return text.isBlank() ? List.of() : List.of(text);
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }
}
