package org.scalingadvisor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19, item 4: versions per plan and plans per client are bounded, and lists come a page at a time. */
@MicronautTest(transactional = false)
@Property(name = "advisor.plans.max-versions", value = "3")
@Property(name = "advisor.plans.max-plans", value = "5")
class PlanBoundsTest {

    @Inject
    EmbeddedServer server;

    private Http http() {
        return new Http(server.getURI());
    }

    private static String plan(String title) throws Exception {
        ObjectNode plan = PlansApiContract.sample("myth-1-information-only.json");
        return plan.put("title", title).toString();
    }

    @Test
    void aPlanTakesAtMostMaxVersionsAndThenAnswersAProblem() throws Exception {
        String id = http().postJson("/api/v1/plans", plan("bounded versions")).json().path("id").asText();
        assertEquals(201, http().postJson("/api/v1/plans/" + id + "/versions", plan("v2")).status());
        assertEquals(201, http().postJson("/api/v1/plans/" + id + "/versions", plan("v3")).status());
        Http.Answer fourth = http().postJson("/api/v1/plans/" + id + "/versions", plan("v4"));
        assertEquals(409, fourth.status(), fourth.body());
        assertEquals("application/problem+json", fourth.contentType());
        assertEquals("limit_reached", fourth.json().path("code").asText());
        assertTrue(fourth.json().path("detail").asText().contains("advisor.plans.max-versions"), fourth.body());
        assertEquals(3, http().get("/api/v1/plans/" + id).json().path("versions").size());
        http().delete("/api/v1/plans/" + id);
    }

    @Test
    void anAnonymousCallerMakesAtMostMaxPlansAndTheListPagesThroughThemAll() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Http.Answer created = http().postJson("/api/v1/plans", plan("plan " + i));
            assertEquals(201, created.status(), created.body());
            made.add(created.json().path("id").asText());
        }
        Http.Answer sixth = http().postJson("/api/v1/plans", plan("one too many"));
        assertEquals(409, sixth.status(), sixth.body());
        assertEquals("limit_reached", sixth.json().path("code").asText());
        assertTrue(sixth.json().path("detail").asText().contains("advisor.plans.max-plans"), sixth.body());

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http().get("/api/v1/plans?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertTrue(page.path("plans").size() <= 2, page.toString());
            page.path("plans").forEach(p -> assertTrue(seen.add(p.path("id").asText()), "shown once: " + p));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertTrue(seen.containsAll(made), "every plan is on some page");
        assertEquals(3, pages);
        assertEquals(2, http().get("/api/v1/plans?limit=2").json().path("plans").size());
        assertTrue(http().get("/").body().contains("Older plans") == false, "five plans fit on the first page of /");
        made.forEach(id -> http().delete("/api/v1/plans/" + id));
        assertNull(http().get("/api/v1/plans").json().path("next").textValue());
    }

    @Test
    void aBadLimitOrCursorIsA400NamingTheParameter() {
        for (String query : List.of("limit=0", "limit=201", "limit=x", "cursor=nonsense",
                "cursor=" + cursor(Instant.MAX.getEpochSecond()), "cursor=" + cursor(Long.MIN_VALUE), "cursor=" + cursor(-62_000_000_000L))) {
            Http.Answer answer = http().get("/api/v1/plans?" + query);
            assertEquals(400, answer.status(), query + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
            assertEquals(query.substring(0, query.indexOf('=')), answer.json().at("/errors/0/parameter").asText(), query);
        }
    }

    private static String cursor(long epochSecond) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1|" + epochSecond + "|0|00000000-0000-0000-0000-000000000000")
                .getBytes(StandardCharsets.UTF_8));
    }
}
