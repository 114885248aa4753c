package org.scalingadvisor.store;

import org.scalingadvisor.api.Http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plans and drafts API of CONTRACT §6, run against each database the service supports. */
abstract class PlansApiContract {

    @Inject
    EmbeddedServer server;

    Http http() {
        return new Http(server.getURI());
    }

    static ObjectNode sample(String name) throws IOException {
        return (ObjectNode) Http.MAPPER.readTree(Files.readAllBytes(Path.of("samples", "plans", name)));
    }

    /** The information-only plan with coaching and peer support added: Myth 1 is answered. */
    static ObjectNode withOrganisationalSupport(ObjectNode plan) {
        ObjectNode fixed = plan.deepCopy();
        ArrayNode activities = (ArrayNode) fixed.get("activities");
        activities.addObject().put("id", "coaching").put("type", "COACHING").put("budget", 60000).put("startMonth", 3).put("endMonth", 36)
                .putArray("audiences").add("PROVIDERS");
        activities.addObject().put("id", "peers").put("type", "PEER_SUPPORT").put("budget", 20000).put("startMonth", 3).put("endMonth", 36)
                .putArray("audiences").add("CLINICIANS");
        fixed.put("title", "Home heart-failure nursing: with support for adopting teams");
        return fixed;
    }

    @Test
    void aPlanIsKeptAsVersionsThatCanBeReadAndCompared() throws IOException {
        ObjectNode first = sample("myth-1-information-only.json");
        Http.Answer created = http().postJson("/api/v1/plans", first.toString());
        assertEquals(201, created.status(), created.body());
        String id = created.json().path("id").asText();
        assertFalse(id.isBlank());
        assertEquals("/api/v1/plans/" + id, created.location());
        assertEquals(1, created.json().path("latestVersion").asInt());
        assertEquals(first.path("title").asText(), created.json().path("title").asText());
        assertEquals("NOT_READY", created.json().path("verdict").asText());

        ObjectNode second = withOrganisationalSupport(first);
        Http.Answer saved = http().postJson("/api/v1/plans/" + id + "/versions", second.toString());
        assertEquals(201, saved.status(), saved.body());
        assertEquals("/api/v1/plans/" + id + "/versions/2", saved.location());
        assertEquals(2, saved.json().path("version").asInt());
        assertEquals(second, saved.json().path("plan"), "the stored plan is the plan sent");
        assertTrue(saved.json().path("savedAt").isTextual());

        JsonNode one = http().get("/api/v1/plans/" + id + "/versions/1").json();
        JsonNode two = http().get("/api/v1/plans/" + id + "/versions/2").json();
        assertEquals(first, one.path("plan"));
        assertEquals(second, two.path("plan"));
        assertEquals(saved.json().path("evaluation"), two.path("evaluation"), "the evaluation is kept as saved");
        assertTrue(ruleIds(one).contains("myth-1.diagnosis"), one.toString());
        assertFalse(ruleIds(two).contains("myth-1.diagnosis"), two.toString());

        JsonNode history = http().get("/api/v1/plans/" + id).json();
        assertEquals(2, history.path("versions").size());
        assertEquals(1, history.at("/versions/0/version").asInt());
        assertEquals(one.at("/evaluation/summary/verdict").asText(), history.at("/versions/0/verdict").asText());
        assertEquals(second.path("title").asText(), history.path("title").asText(), "the title follows the latest version");

        JsonNode listed = find(http().get("/api/v1/plans").json().path("plans"), id);
        assertNotNull(listed, "the plan is listed");
        assertEquals(2, listed.path("latestVersion").asInt());
        assertEquals(two.at("/evaluation/summary/verdict").asText(), listed.path("verdict").asText());
        assertTrue(listed.path("updatedAt").isTextual());

        Http.Answer compared = http().get("/api/v1/plans/" + id + "/compare?from=1&to=2");
        assertEquals(200, compared.status(), compared.body());
        JsonNode diff = compared.json();
        assertEquals(1, diff.path("from").asInt());
        assertEquals(2, diff.path("to").asInt());
        assertEquals(one.at("/evaluation/summary/verdict").asText(), diff.at("/verdict/from").asText());
        assertEquals(two.at("/evaluation/summary/verdict").asText(), diff.at("/verdict/to").asText());
        assertEquals(List.of("/title", "/activities/7", "/activities/8"), texts(diff.path("fieldsChanged")));
        Set<String> expectedResolved = new HashSet<>(ruleIds(one));
        expectedResolved.removeAll(ruleIds(two));
        Set<String> expectedAdded = new HashSet<>(ruleIds(two));
        expectedAdded.removeAll(ruleIds(one));
        assertEquals(expectedResolved, new HashSet<>(texts(diff.path("resolved"))));
        assertEquals(expectedAdded, new HashSet<>(texts(diff.path("added"))));
        assertTrue(texts(diff.path("resolved")).contains("myth-1.diagnosis"));
        for (JsonNode change : diff.path("changed")) {
            String ruleId = change.path("ruleId").asText();
            assertEquals(item(one, ruleId).at("/priority/score").asInt(), change.at("/from/score").asInt());
            assertEquals(item(two, ruleId).at("/priority/band").asText(), change.at("/to/band").asText());
        }
    }

    @Test
    void anInvalidVersionIsRefusedWithItsPointerAndChangesNothing() throws IOException {
        String id = http().postJson("/api/v1/plans", sample("near-empty.json").toString()).json().path("id").asText();
        Http.Answer refused = http().postJson("/api/v1/plans/" + id + "/versions",
                "{\"title\": \"x\", \"innovation\": {\"nature\": \"RADICALLY\"}}");
        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("/innovation/nature", refused.json().at("/errors/0/pointer").asText());
        assertEquals(1, http().get("/api/v1/plans/" + id).json().path("versions").size());

        Http.Answer invalidNew = http().postJson("/api/v1/plans", "{\"sector\": \"HEALTH\"}");
        assertEquals(400, invalidNew.status());
        assertEquals("/title", invalidNew.json().at("/errors/0/pointer").asText());
    }

    @Test
    void unknownPlansAndVersionsAre404AndDeleteRemovesEverything() throws IOException {
        assertProblem(404, http().get("/api/v1/plans/no-such-plan"));
        assertProblem(404, http().postJson("/api/v1/plans/no-such-plan/versions", "{\"title\": \"x\"}"));
        assertProblem(404, http().delete("/api/v1/plans/no-such-plan"));

        String id = http().postJson("/api/v1/plans", sample("near-empty.json").toString()).json().path("id").asText();
        assertProblem(404, http().get("/api/v1/plans/" + id + "/versions/2"));
        assertProblem(404, http().get("/api/v1/plans/" + id + "/compare?from=1&to=3"));
        assertProblem(400, http().get("/api/v1/plans/" + id + "/compare?from=one&to=2"));

        assertEquals(204, http().delete("/api/v1/plans/" + id).status());
        assertProblem(404, http().get("/api/v1/plans/" + id));
        assertProblem(404, http().get("/api/v1/plans/" + id + "/versions/1"));
        assertEquals(null, find(http().get("/api/v1/plans").json().path("plans"), id));
    }

    private static void assertProblem(int status, Http.Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertFalse(answer.json().path("detail").asText().isBlank());
    }

    private static JsonNode find(JsonNode plans, String id) {
        for (JsonNode plan : plans) {
            if (plan.path("id").asText().equals(id)) {
                return plan;
            }
        }
        return null;
    }

    private static JsonNode item(JsonNode version, String ruleId) {
        for (JsonNode item : version.at("/evaluation/advice")) {
            if (item.path("ruleId").asText().equals(ruleId)) {
                return item;
            }
        }
        throw new AssertionError(ruleId + " is not in version " + version.path("version"));
    }

    private static List<String> ruleIds(JsonNode version) {
        List<String> ids = new ArrayList<>();
        version.at("/evaluation/advice").forEach(item -> ids.add(item.path("ruleId").asText()));
        return ids;
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Issue 19, item 10: a NUL on PostgreSQL was a 500 here and a forged log line for evaluations. */
    @Test
    void controlCharactersInTextAreRefusedAtTheirPointerOnEveryEndpoint() throws IOException {
        ObjectNode plan = sample("myth-1-information-only.json");
        for (String[] bad : List.of(new String[]{"/title", "Forged\u0000 title"}, new String[]{"/title", "Two\nlines"},
                new String[]{"/title", "C1\u0085 control"}, new String[]{"/activities/0/description", "a\u0001b"},
                new String[]{"/activities/0/description", "rubout\u007f"})) {
            ObjectNode copy = plan.deepCopy();
            if (bad[0].equals("/title")) {
                copy.put("title", bad[1]);
            } else {
                ((ObjectNode) copy.withArray("activities").get(0)).put("description", bad[1]);
            }
            for (String path : List.of("/api/v1/plans", "/api/v1/evaluations")) {
                Http.Answer answer = http().postJson(path, copy.toString());
                assertEquals(400, answer.status(), path + " " + bad[0] + ": " + answer.body());
                assertEquals("application/problem+json", answer.contentType());
                assertEquals(bad[0], answer.json().at("/errors/0/pointer").asText(), answer.body());
            }
        }
        ObjectNode lines = plan.deepCopy();
        ((ObjectNode) lines.withArray("activities").get(0)).put("description", "Line one\nline two\twith a tab");
        Http.Answer kept = http().postJson("/api/v1/plans", lines.toString());
        assertEquals(201, kept.status(), "line breaks in longer text are text: " + kept.body());
        http().delete("/api/v1/plans/" + kept.json().path("id").asText());
    }
}
