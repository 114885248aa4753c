package org.scalingadvisor.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/v1/admin/reload exists only with a token, and needs it. */
class AdminReloadTest {

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
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false, "advisor.admin.token", "s3cret"), "admin-test")) {
            Http http = new Http(server.getURI());
            assertEquals(401, reload(http, null).status());
            assertEquals(403, reload(http, "Bearer wrong").status());
            Http.Answer ok = reload(http, "Bearer s3cret");
            assertEquals(200, ok.status(), ok.body());
            assertEquals("OK", ok.json().get("status").asText());
            assertEquals("admin request", ok.json().get("trigger").asText());
        }
    }
}
