package org.scalingadvisor.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Optional API keys (advisor.api.keys, env ADVISOR_API_KEYS: {@code name:token,name:token}). A request
 * with {@code Authorization: Bearer <token>} is the key's; a wrong token is refused here, and whether a
 * request needs a caller at all is {@link org.scalingadvisor.http.Callers}' business. The key's name
 * becomes the decision record's client. Tokens are compared in constant time, all of them every time.
 */
@ServerFilter({"/api/v1/evaluations", "/api/v1/evaluations/**", "/api/v1/what-ifs", "/api/v1/plans", "/api/v1/plans/**", "/api/v1/audit",
        "/api/v1/audit/**", "/prometheus", "/health", "/health/**"})
@Context // made at start-up: a malformed ADVISOR_API_KEYS stops the service there, not on every request

@Requires(property = "advisor.api.keys", pattern = ".*\\S.*")
public final class ApiKeys implements Ordered {

    /** The request attribute holding the name of the key the request came with. */
    static final String CLIENT = Callers.KEY_ATTRIBUTE;

    private record Key(String name, byte[] tokenHash) {
    }

    private final List<Key> keys;

    ApiKeys(@Value("${advisor.api.keys}") String configured) {
        this.keys = parse(configured);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        if (!bearer(authorization)) {
            return null;
        }
        String name = nameFor(authorization);
        if (name == null) {
            return refuse("The API key is not one this service accepts.", "invalid_token");
        }
        request.setAttribute(CLIENT, name);
        return null;
    }

    /** The name of the key an Authorization header carries, or null when it carries none this service accepts. */
    @Nullable
    String nameFor(@Nullable String authorization) {
        if (!bearer(authorization)) {
            return null;
        }
        byte[] given = sha256(authorization.substring(7).trim());
        String name = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(given, key.tokenHash()) && name == null) {
                name = key.name();
            }
        }
        return name;
    }

    private static boolean bearer(@Nullable String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static HttpResponse<Problem> refuse(String detail, String error) {
        Problem problem = Problem.of(401, "unauthorized", "Unauthorized", detail, List.of());
        return HttpResponse.<Problem>status(HttpStatus.UNAUTHORIZED).body(problem)
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .header("WWW-Authenticate", "Bearer realm=\"scaling-advisor\"" + (error == null ? "" : ", error=\"" + error + "\""));
    }

    static List<Key> parse(String configured) {
        List<Key> keys = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String entry : configured.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            String name = colon < 0 ? "" : trimmed.substring(0, colon).trim();
            String token = colon < 0 ? "" : trimmed.substring(colon + 1).trim();
            if (!name.matches("[A-Za-z0-9._-]{1,64}") || token.length() < 16) {
                throw new IllegalArgumentException("advisor.api.keys (ADVISOR_API_KEYS) must be name:token,... with names of"
                        + " letters, digits, '.', '_' or '-' (up to 64) and tokens of at least 16 characters; an entry is not");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("advisor.api.keys names the key '" + name + "' twice");
            }
            keys.add(new Key(name, sha256(token)));
        }
        return List.copyOf(keys);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
