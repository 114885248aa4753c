package org.scalingadvisor.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;
import org.scalingadvisor.store.LocalPostgres;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * More than one machine: two instances of the service on one PostgreSQL (a database of their own),
 * started at the same time, each migrating and archiving the same rules. What one records, the
 * other reads back by id and finds by reference; the rule set they both serve is archived once.
 */
class TwoInstancesOnPostgresTest {

    @Test
    void whatOneInstanceRecordsTheOtherReadsBackByIdAndByReference() throws Exception {
        Map<String, Object> settings = new HashMap<>(LocalPostgres.freshDatabase("two_" + UUID.randomUUID().toString().substring(0, 8)));
        ApplicationContext[] contexts = new ApplicationContext[2];
        Thread[] starting = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int n = i;
            starting[i] = new Thread(() -> contexts[n] = ApplicationContext.run(EmbeddedServer.class, settings, "test")
                    .getApplicationContext());
            starting[i].start();
        }
        for (Thread thread : starting) {
            thread.join(120_000);
        }
        try (ApplicationContext a = contexts[0]; ApplicationContext b = contexts[1]) {
            assertNotNull(a, "instance A started");
            assertNotNull(b, "instance B started");
            Http throughA = new Http(a.getBean(EmbeddedServer.class).getURI());
            Http throughB = new Http(b.getBean(EmbeddedServer.class).getURI());
            assertNotEquals(a.getBean(EmbeddedServer.class).getPort(), b.getBean(EmbeddedServer.class).getPort());

            String reference = "BID-42";
            Http.Answer posted = RecordsApiContract.post(throughA, "/api/v1/evaluations?reference=" + reference,
                    RecordsApiContract.sample(RecordsApiContract.PLAN));
            assertEquals(200, posted.status(), posted.body());
            String id = posted.json().path("evaluationId").asText();
            assertEquals("/api/v1/evaluations/" + id, posted.location());

            Http.Answer read = throughB.get(posted.location());
            assertEquals(200, read.status(), "a 200 with Location means readable through any instance: " + read.body());
            assertEquals(reference, read.json().path("reference").asText());
            assertEquals(posted.json().path("advice"), read.json().path("advice"));

            JsonNode found = throughB.get("/api/v1/evaluations?reference=" + reference).json();
            assertEquals(List.of(id), RecordsApiContract.idsOf(found));

            String versionA = throughA.get("/api/v1/rules").json().path("version").asText();
            assertEquals(versionA, throughB.get("/api/v1/rules").json().path("version").asText(), "the same rule set version");
            JsonNode rulesets = throughB.get("/api/v1/rulesets").json().path("rulesets");
            assertEquals(1, rulesets.size(), "archived once by two instances: " + rulesets);
            assertEquals(versionA, rulesets.get(0).path("version").asText());
            assertEquals("UP", throughB.get("/health/readiness").json().path("status").asText());
        }
    }
}
