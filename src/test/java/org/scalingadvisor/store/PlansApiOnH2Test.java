package org.scalingadvisor.store;

import org.scalingadvisor.api.Http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plans API on the embedded database, and drafts kept across a restart in its file. */
@MicronautTest(transactional = false)
class PlansApiOnH2Test extends PlansApiContract {

    @Test
    void draftsSurviveARestartInTheEmbeddedFileDatabase(@TempDir Path dir) throws Exception {
        Map<String, Object> settings = Map.of("datasources.default.url",
                "jdbc:h2:file:" + dir.resolve("data/advisor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        String id;
        try (ApplicationContext first = ApplicationContext.run(EmbeddedServer.class, settings, "test").getApplicationContext()) {
            Http http = new Http(first.getBean(EmbeddedServer.class).getURI());
            id = http.postJson("/api/v1/plans", sample("myth-1-information-only.json").toString()).json().path("id").asText();
            assertEquals(201, http.postJson("/api/v1/plans/" + id + "/versions",
                    withOrganisationalSupport(sample("myth-1-information-only.json")).toString()).status());
        }
        assertTrue(Files.exists(dir.resolve("data/advisor.mv.db")), "the database is a file under data/");
        try (ApplicationContext second = ApplicationContext.run(EmbeddedServer.class, settings, "test").getApplicationContext()) {
            Http http = new Http(second.getBean(EmbeddedServer.class).getURI());
            Http.Answer history = http.get("/api/v1/plans/" + id);
            assertEquals(200, history.status(), history.body());
            assertEquals(2, history.json().path("versions").size());
            assertEquals(withOrganisationalSupport(sample("myth-1-information-only.json")),
                    http.get("/api/v1/plans/" + id + "/versions/2").json().path("plan"));
        }
    }
}
