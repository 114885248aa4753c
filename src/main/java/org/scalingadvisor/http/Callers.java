package org.scalingadvisor.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

import java.util.Optional;

/** The caller of a request, as {@link Access} found them. */
public final class Callers {

    static final String ATTRIBUTE = "advisor.caller";
    /** The request attribute holding the name of a valid API key the request came with. */
    public static final String KEY_ATTRIBUTE = "advisor.client";

    private Callers() {
    }

    /** The request's caller, if it has one (pages that show who is signed in). */
    public static Optional<Caller> find(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Caller.class);
    }

    /** The request's caller; a request that reached a controller without one is refused (never served as someone else). */
    public static Caller of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Caller.class)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.UNAUTHORIZED, "sign in or send an API key"));
    }
}
