package org.scalingadvisor.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scalingadvisor.api.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, findings 5 and 6: with people signing in through a real OpenID Connect provider and
 * machines using API keys, a plan is its owner's and their team's, anyone else gets 404, sharing is
 * explicit, the audit log says who did what, and a key reads only its own decision records.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnershipContract implements TestPropertyProvider {

    static final String PORTAL = "portal-token-0123456789";
    static final String OTHER = "other-token-0123456789";
    static final String AUDITOR = "audit-token-0123456789";

    final OidcProvider oidc = new OidcProvider();

    @Inject
    EmbeddedServer server;

    /** The datasource settings of the database under test. */
    abstract Map<String, String> database();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database());
        properties.putAll(oidc.settings());
        properties.put("advisor.api.keys", "portal:" + PORTAL + ",other:" + OTHER + ",audit:" + AUDITOR);
        properties.put("advisor.api.auditors", "audit");
        return properties;
    }

    @AfterAll
    void stopProvider() {
        oidc.close();
    }

    Http http() {
        return new Http(server.getURI());
    }

    /** A person's request headers: their id token in the cookie the service sets after sign-in. */
    Map<String, String> person(String subject, String org) {
        return Map.of("Cookie", "JWT=" + oidc.idToken(subject, Map.of("org", org)));
    }

    static Map<String, String> key(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static byte[] plan(String title) {
        try {
            JsonNode sample = Http.MAPPER.readTree(Files.readAllBytes(Path.of("samples", "plans", "myth-1-information-only.json")));
            ((com.fasterxml.jackson.databind.node.ObjectNode) sample).put("title", title);
            return Http.MAPPER.writeValueAsBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Http.Answer send(String method, String path, Map<String, String> who, byte[] json) {
        Map<String, String> headers = new HashMap<>(who);
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return http().send(method, path, headers, json);
    }

    String create(Map<String, String> who, String title) {
        Http.Answer created = send("POST", "/api/v1/plans", who, plan(title));
        assertEquals(201, created.status(), created.body());
        return created.json().path("id").asText();
    }

    static List<String> ids(Http.Answer list) {
        List<String> ids = new ArrayList<>();
        list.json().path("plans").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    @Test
    void withoutCredentialsPlansAndRecordsAreRefusedAndPagesSendPeopleToSignIn() {
        Http.Answer plans = http().get("/api/v1/plans");
        assertEquals(401, plans.status(), plans.body());
        assertTrue(plans.contentType().startsWith("application/problem+json"), plans.contentType());
        assertTrue(plans.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, send("POST", "/api/v1/plans", Map.of(), plan("anonymous")).status(),
                "POST /api/v1/plans needs the same credentials as evaluations");
        assertEquals(401, send("POST", "/api/v1/evaluations", Map.of(), plan("anonymous")).status());
        Http.Answer page = http().get("/");
        assertEquals(303, page.status(), page.body());
        assertEquals("/oauth/login/" + OidcProvider.CLIENT, page.location());
        assertEquals(401, send("GET", "/api/v1/plans", Map.of("Cookie", "JWT=" + forged()), null).status(),
                "an id token the provider did not sign is no one's");
        assertEquals(200, http().get("/api/v1/rules").status(), "the catalogue stays open");
    }

    @Test
    void aPersonsPlanIsNotFoundForSomeoneElseInTheApiAndThePages() {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        String id = create(person(alice, "north"), "Alice's plan");
        Map<String, String> asBob = person(bob, "south-" + UUID.randomUUID());

        assertEquals(200, send("GET", "/api/v1/plans/" + id, person(alice, "north"), null).status());
        assertTrue(ids(send("GET", "/api/v1/plans", person(alice, "north"), null)).contains(id));
        assertFalse(ids(send("GET", "/api/v1/plans", asBob, null)).contains(id), "bob's list does not show alice's plan");
        assertEquals(404, send("GET", "/api/v1/plans/" + id, asBob, null).status());
        assertEquals(404, send("GET", "/api/v1/plans/" + id + "/versions/1", asBob, null).status());
        assertEquals(404, send("GET", "/api/v1/plans/" + id + "/compare?from=1&to=1", asBob, null).status());
        assertEquals(404, send("POST", "/api/v1/plans/" + id + "/versions", asBob, plan("Bob was here")).status());
        assertEquals(404, send("DELETE", "/api/v1/plans/" + id, asBob, null).status());
        assertEquals(404, send("GET", "/api/v1/plans/" + id + "/audit", asBob, null).status());
        assertEquals(404, send("POST", "/api/v1/plans/" + id + "/shares", asBob, "{\"person\":\"bob\"}".getBytes()).status());

        assertEquals(404, send("GET", "/plans/" + id, asBob, null).status());
        assertEquals(404, send("GET", "/plans/" + id + "/plan.json", asBob, null).status());
        assertEquals(404, send("GET", "/plans/" + id + "/versions/1/report", asBob, null).status());
        Map<String, String> form = new HashMap<>(asBob);
        form.put("Content-Type", "application/x-www-form-urlencoded");
        assertEquals(404, http().send("POST", "/plans/" + id + "/import", form, "json=%7B%22title%22%3A%22Bob%22%7D".getBytes()).status());
        assertEquals(404, http().send("POST", "/plans/" + id + "/save", form, "title=Bob".getBytes()).status());
        assertEquals(404, http().send("POST", "/plans/" + id + "/questions", form, "title=Bob".getBytes()).status());
        assertEquals(404, http().send("POST", "/plans/" + id + "/delete", asBob, new byte[0]).status());
        Http.Answer bobsHome = send("GET", "/", asBob, null);
        assertEquals(200, bobsHome.status());
        assertFalse(bobsHome.body().contains(id), "bob's start page does not list alice's plan");

        JsonNode history = send("GET", "/api/v1/plans/" + id, person(alice, "north"), null).json();
        assertEquals(1, history.path("versions").size(), "nothing bob sent was saved");
        assertEquals("Alice's plan", history.path("title").asText());
    }

    @Test
    void aPlanBelongsToItsOwnersTeamAndIsSharedOnlyExplicitly() {
        String team = "team-" + UUID.randomUUID();
        String alice = "alice-" + UUID.randomUUID();
        String id = create(person(alice, team), "A team plan");
        assertEquals(200, send("GET", "/api/v1/plans/" + id, person("carol-" + UUID.randomUUID(), team), null).status(),
                "a colleague in the same team sees it");

        String dan = "dan-" + UUID.randomUUID();
        Map<String, String> asDan = person(dan, "elsewhere-" + UUID.randomUUID());
        assertEquals(404, send("GET", "/api/v1/plans/" + id, asDan, null).status());
        Http.Answer shared = send("POST", "/api/v1/plans/" + id + "/shares", person(alice, team), ("{\"person\":\"" + dan + "\"}").getBytes());
        assertEquals(201, shared.status(), shared.body());
        assertEquals("person:" + dan, shared.json().path("shares").get(0).asText());
        assertEquals(200, send("GET", "/api/v1/plans/" + id, asDan, null).status(), "shared with dan: he sees it");
        assertTrue(ids(send("GET", "/api/v1/plans", asDan, null)).contains(id));
        assertEquals(201, send("POST", "/api/v1/plans/" + id + "/versions", asDan, plan("Dan's edit")).status(), "and may save a version");
        assertEquals(403, send("DELETE", "/api/v1/plans/" + id, asDan, null).status(), "but not delete it");
        assertEquals(403, send("POST", "/api/v1/plans/" + id + "/shares", asDan, "{\"team\":\"anyone\"}".getBytes()).status(),
                "nor share it further");
        assertEquals(400, send("POST", "/api/v1/plans/" + id + "/shares", person(alice, team),
                "{\"person\":\"x\",\"team\":\"y\"}".getBytes()).status());

        Map<String, String> form = new HashMap<>(person(alice, team));
        form.put("Content-Type", "application/x-www-form-urlencoded");
        assertEquals(303, http().send("POST", "/plans/" + id + "/import", form, "json=%7B%22title%22%3A%22Imported%22%7D".getBytes()).status());
        assertEquals(204, send("DELETE", "/api/v1/plans/" + id, person(alice, team), null).status());

        Http.Answer log = send("GET", "/api/v1/plans/" + id + "/audit", key(AUDITOR), null);
        assertEquals(200, log.status(), "an auditor reads the log of a deleted plan: " + log.body());
        List<String> lines = new ArrayList<>();
        log.json().path("events").forEach(e -> lines.add(e.path("action").asText() + " " + e.path("actor").asText()
                + (e.path("version").isNumber() ? " v" + e.path("version").asInt() : "")));
        assertEquals(List.of("DELETED " + alice, "IMPORTED " + alice, "SAVED " + dan + " v2", "SHARED " + alice, "CREATED " + alice + " v1"),
                lines, log.body());
        log.json().path("events").forEach(e -> assertNotNull(e.path("at").textValue()));
        assertEquals(403, send("GET", "/api/v1/audit", person(alice, team), null).status(), "the whole log is for auditors");
        assertEquals(200, send("GET", "/api/v1/audit", key(AUDITOR), null).status());
    }

    @Test
    void theOwnerRemovesAShareAndTheRemovalIsAudited() {
        String team = "team-" + UUID.randomUUID();
        String alice = "alice-" + UUID.randomUUID();
        Map<String, String> asAlice = person(alice, team);
        String erin = "erin-" + UUID.randomUUID();
        Map<String, String> asErin = person(erin, "elsewhere-" + UUID.randomUUID());
        String id = create(asAlice, "Shared, then not");
        assertEquals(201, send("POST", "/api/v1/plans/" + id + "/shares", asAlice, ("{\"person\":\"" + erin + "\"}").getBytes()).status());
        String share = "/api/v1/plans/" + id + "/shares/" + erin;

        Http.Answer byErin = send("DELETE", share, asErin, null);
        assertEquals(403, byErin.status(), "only the owner or team removes a share: " + byErin.body());
        assertEquals("forbidden", byErin.json().path("code").asText());
        assertEquals(404, send("DELETE", share, person("frank-" + UUID.randomUUID(), "x-" + UUID.randomUUID()), null).status(),
                "someone who does not see the plan is not told it exists");

        assertEquals(204, send("DELETE", share, asAlice, null).status());
        assertEquals(404, send("GET", "/api/v1/plans/" + id, asErin, null).status(), "erin no longer sees it");
        assertEquals("[]", send("GET", "/api/v1/plans/" + id + "/shares", asAlice, null).json().path("shares").toString());
        Http.Answer again = send("DELETE", share, asAlice, null);
        assertEquals(404, again.status(), "no such share any more: " + again.body());
        assertEquals("application/problem+json", again.contentType());

        List<String> actions = new ArrayList<>();
        send("GET", "/api/v1/plans/" + id + "/audit", asAlice, null).json().path("events")
                .forEach(e -> actions.add(e.path("action").asText() + " " + e.path("detail").asText("")));
        assertEquals(List.of("UNSHARED with person:" + erin, "SHARED with person:" + erin, "CREATED "), actions);
    }

    @Test
    void aKeyReadsOnlyItsOwnClientsRecordsAndAnAuditorReadsAll() {
        Http.Answer evaluated = send("POST", "/api/v1/evaluations?reference=BID-" + UUID.randomUUID(), key(PORTAL), plan("A bid"));
        assertEquals(200, evaluated.status(), evaluated.body());
        String record = evaluated.location();
        assertEquals(200, send("GET", record, key(PORTAL), null).status());
        assertEquals(404, send("GET", record, key(OTHER), null).status(), "another client's record is not found");
        assertEquals(404, send("POST", record + "/replay", key(OTHER), null).status());
        JsonNode othersList = send("GET", "/api/v1/evaluations?limit=100", key(OTHER), null).json();
        othersList.path("evaluations").forEach(r -> assertFalse(record.endsWith(r.path("evaluationId").asText()), "not in another's list"));
        Http.Answer audited = send("GET", record, key(AUDITOR), null);
        assertEquals(200, audited.status(), audited.body());
        assertEquals("portal", audited.json().path("client").asText());

        Http.Answer created = send("POST", "/api/v1/plans", key(PORTAL), plan("A kept plan"));
        assertEquals(201, created.status(), created.body());
        assertEquals("stored", created.header("X-Decision-Record"), "POST /api/v1/plans keeps a decision record");
        String link = created.header("Link");
        assertNotNull(link);
        String planRecord = link.substring(1, link.indexOf('>'));
        Http.Answer kept = send("GET", planRecord, key(PORTAL), null);
        assertEquals(200, kept.status(), kept.body());
        assertEquals("A kept plan", kept.json().path("plan").path("title").asText());
        assertEquals(404, send("GET", "/api/v1/plans/" + created.json().path("id").asText(), key(OTHER), null).status());
    }

    @Test
    void peopleSignInThroughTheProviderAndGetAnHttpOnlySameSiteCookie() throws Exception {
        oidc.server().enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(
                OidcProvider.ISSUER, "erin", "JWT", List.of(OidcProvider.CLIENT_ID), Map.of("org", "west"), 3600));
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(server.getURI().resolve("/oauth/login/" + OidcProvider.CLIENT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login.body());
        String state = cookie(login, "OAUTH2_STATE");
        String nonce = cookie(login, "OPENID_NONCE");
        URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> provider = client.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, provider.statusCode(), provider.body());
        URI callback = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertEquals("/oauth/callback/" + OidcProvider.CLIENT, callback.getPath());
        StringBuilder cookies = new StringBuilder("OAUTH2_STATE=" + state);
        if (nonce != null) {
            cookies.append("; OPENID_NONCE=").append(nonce);
        }
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(callback).header("Cookie", cookies.toString()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(signedIn.statusCode() == 303 || signedIn.statusCode() == 302, signedIn.statusCode() + " " + signedIn.body());
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JWT=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        String token = setCookie.substring(4, setCookie.indexOf(';'));
        String id = create(Map.of("Cookie", "JWT=" + token), "Erin's plan");
        JsonNode log = send("GET", "/api/v1/plans/" + id + "/audit", Map.of("Cookie", "JWT=" + token), null).json();
        assertEquals("erin", log.path("events").get(0).path("actor").asText());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.contains(";") ? c.indexOf(';') : c.length())).findFirst().orElse(null);
    }

    /** An id token with the right claims signed by another provider. */
    private static String forged() {
        try (OidcProvider other = new OidcProvider()) {
            return other.idToken("alice", Map.of("org", "north"));
        }
    }
}
