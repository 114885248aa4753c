package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 19, item 11: the editor's delete button posts an empty form, which was answered 415. */
@MicronautTest(transactional = false)
class DeletePlanPageTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theDeleteButtonsFormPostDeletesThePlanAndGoesHome() {
        Http http = new Http(server.getURI());
        String id = http.postJson("/api/v1/plans", "{\"title\":\"to be deleted\"}").json().path("id").asText();
        Http.Answer deleted = http.send("POST", "/plans/" + id + "/delete",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), new byte[0]);
        assertEquals(303, deleted.status(), deleted.body());
        assertEquals("/", deleted.location());
        assertEquals(404, http.get("/api/v1/plans/" + id).status());
    }
}
