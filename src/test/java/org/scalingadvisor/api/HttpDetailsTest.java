package org.scalingadvisor.api;

import org.scalingadvisor.http.ProblemTypesController;
import org.scalingadvisor.http.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, finding 10: the HTTP details a careful integrator checks. */
@MicronautTest
class HttpDetailsTest {

    private static final byte[] PLAN = "{\"title\":\"A plan\"}".getBytes(StandardCharsets.UTF_8);

    @Inject
    EmbeddedServer server;

    private Http http() {
        return new Http(server.getURI());
    }

    @Test
    void aPostWithoutContentTypeIs415() {
        Http.Answer answer = http().send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/evaluations"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(PLAN)));
        assertEquals(415, answer.status(), answer.body());
        assertEquals("unsupported_media_type", answer.json().get("code").asText());
    }

    @Test
    void anotherCharsetIs415AndUtf8IsAccepted() {
        assertEquals(415, http().post("/api/v1/evaluations", "application/json; charset=ISO-8859-1", PLAN).status());
        assertEquals(415, http().post("/api/v1/evaluations", "text/plain", PLAN).status());
        assertEquals(200, http().post("/api/v1/evaluations", "application/json; charset=UTF-8", PLAN).status());
    }

    @Test
    void anOverlongUriIs414AndOverlongHeadersAre431() {
        Http.Answer uri = http().get("/api/v1/rules/" + "a".repeat(10_000));
        assertEquals(414, uri.status(), uri.body());
        assertEquals("uri_too_long", uri.json().get("code").asText());
        Http.Answer headers = http().send(HttpRequest.newBuilder(server.getURI().resolve("/health"))
                .header("X-Padding", "p".repeat(20_000)).GET());
        assertEquals(431, headers.status(), headers.body());
        assertEquals("headers_too_large", headers.json().get("code").asText());
    }

    @Test
    void problemTypesArePagesTheServiceServes() {
        JsonNode problem = http().post("/api/v1/evaluations", "application/json", "{".getBytes(StandardCharsets.UTF_8)).json();
        String type = problem.get("type").asText();
        assertEquals("/problems/malformed_json", type);
        Http.Answer page = http().get(type);
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        for (String code : ProblemTypesController.MEANINGS.keySet()) {
            assertEquals(200, http().get("/problems/" + code).status(), code);
        }
    }

    @Test
    void crossOriginRequestsAreRefusedAsProblemJson() {
        Http.Answer answer = http().send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/evaluations"))
                .header("Origin", "https://elsewhere.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PLAN)));
        if (answer.status() >= 400) {
            assertEquals(Problem.MEDIA_TYPE, answer.contentType());
            assertEquals(answer.status(), answer.json().get("status").asInt());
        }
    }

    @Test
    void everyAnswerSaysNosniff() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        var missing = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/nothing")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void messagesAreInOurWordsNotTheJsonLibrarys() {
        for (String body : new String[]{"{\"title\":\"x\",}", "{'title':'x'}", "{\"title\":\"x\"", "{\"title\": tru}"}) {
            String text = http().post("/api/v1/evaluations", "application/json", body.getBytes(StandardCharsets.UTF_8)).body();
            assertFalse(text.contains("(code ") || text.contains("was expecting") || text.contains("Source:")
                    || text.contains("JsonParser") || text.contains("Unrecognized token"), text);
        }
        String wrongMethod = http().get("/api/v1/evaluations").body();
        assertFalse(wrongMethod.contains("Method [GET] not allowed"), wrongMethod);
    }

    @Test
    void healthDoesNotShowTheAbsoluteRulesPath() {
        JsonNode rules = http().get("/health").json().at("/details/rules/details");
        assertEquals("rules", rules.get("directory").asText());
        assertFalse(http().get("/health").body().contains(System.getProperty("user.dir")));
    }

    @Test
    void aLoneEscapedSurrogateIsRefusedNotEchoed() {
        Http.Answer answer = http().postJson("/api/v1/evaluations", "{\"title\":\"x\\ud800\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status());
        assertEquals("/title", answer.json().at("/errors/0/pointer").asText());
    }
}
