package org.scalingadvisor.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scalingadvisor.api.Http;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19, finding 8: anonymous health shows status only (no database URL or version), and metrics need an operator. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorsOnlyTest implements TestPropertyProvider {

    static final String OPERATOR = "operator-token-0123456789";
    static final String PORTAL = "portal-token-0123456789";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("advisor.api.keys", "ops:" + OPERATOR + ",portal:" + PORTAL, "advisor.api.operators", "ops");
    }

    Http.Answer get(String path, String token) {
        return new Http(server.getURI()).send("GET", path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), null);
    }

    @Test
    void anonymousHealthIsStatusOnly() {
        for (String path : new String[] {"/health", "/health/readiness", "/health/liveness"}) {
            Http.Answer anonymous = get(path, null);
            assertEquals(200, anonymous.status(), path + ": " + anonymous.body());
            JsonNode body = anonymous.json();
            assertEquals("UP", body.path("status").asText(), path);
            assertEquals(1, body.size(), path + " shows only its status: " + anonymous.body());
            assertFalse(anonymous.body().contains("jdbc:"), anonymous.body());
            assertEquals(1, get(path, PORTAL).json().size(), path + ": a key that is not an operator's sees status only");
        }
        Http.Answer operator = get("/health", OPERATOR);
        assertTrue(operator.json().path("details").has("rules"), operator.body());
        assertTrue(operator.body().contains("jdbc:"), "an operator sees the details: " + operator.body());
    }

    @Test
    void metricsNeedAnOperator() {
        Http.Answer anonymous = get("/prometheus", null);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        assertEquals(403, get("/prometheus", PORTAL).status());
        Http.Answer operator = get("/prometheus", OPERATOR);
        assertEquals(200, operator.status(), operator.body());
        assertTrue(operator.body().contains("advisor_"), "the service's metrics");
    }
}
