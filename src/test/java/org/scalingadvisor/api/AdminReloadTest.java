package org.scalingadvisor.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/admin/reload exists only with a token, and needs it. */
class AdminReloadTest {

    private static final String TOKEN = "admin-reload-test-token";

    private static Http.Answer reload(Http http, String authorization) {
        return http.postEmpty("/api/v1/admin/reload", authorization);
    }

    @Test
    void withoutATokenConfiguredTheEndpointDoesNotExist() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false), "admin-test")) {
            Http http = new Http(server.getURI());
            assertEquals(404, reload(http, "Bearer anything").status());
        }
    }

    @Test
    void theTokenIsRequiredAndMustMatch() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false, "advisor.admin.token", TOKEN), "admin-test")) {
            Http http = new Http(server.getURI());
            assertEquals(401, reload(http, null).status());
            assertEquals(403, reload(http, "Bearer wrong").status());
            Http.Answer ok = reload(http, "Bearer " + TOKEN);
            assertEquals(200, ok.status(), ok.body());
            assertEquals("OK", ok.json().get("status").asText());
            assertEquals("admin request", ok.json().get("trigger").asText());
        }
    }

    /** Issue 19, item 11: a one-character token was accepted. */
    @Test
    void aTokenShorterThanSixteenCharactersStopsStartUp() {
        Exception refused = assertThrows(Exception.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false, "advisor.admin.token", "x"), "admin-test").close());
        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("at least 16 characters"), root.getMessage());
    }

    /** Issue 19, item 11: 3,000 wrong guesses in 5 s were answered as fast as they came. */
    @Test
    void wrongGuessesAreSlowedWhetherSentOneByOneOrAtOnce() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false, "advisor.admin.token", TOKEN), "admin-test")) {
            Http http = new Http(server.getURI());
            long start = System.nanoTime();
            java.util.List<java.util.concurrent.CompletableFuture<Http.Answer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String guess = "Bearer guess-number-" + i + "-of-many";
                guesses.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> reload(http, guess)));
            }
            for (java.util.concurrent.CompletableFuture<Http.Answer> guess : guesses) {
                assertEquals(403, guess.get().status(), guess.get().body());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 2_500, "6 wrong guesses took " + millis + " ms; at most two a second are answered");
            Http.Answer right = reload(http, "Bearer " + TOKEN);
            assertEquals(200, right.status(), "the right token still works: " + right.body());
        }
    }
}
