package org.scalingadvisor.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.evaluation.PlanAtCaps;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19: an evaluation that runs past its deadline is a 503 problem, and the service keeps answering. */
class EvaluationDeadlineTest {

    @Test
    void anEvaluationPastTheDeadlineIsAProblemAndTheServiceGoesOn() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "advisor.rules.watch", false, "advisor.evaluation.deadline-ms", 1,
                        "advisor.records.enabled", false), "deadline-test")) {
            Http http = new Http(server.getURI());
            Http.Answer stopped = http.postJson("/api/v1/evaluations", PlanAtCaps.json());
            assertEquals(503, stopped.status(), stopped.body());
            assertEquals("evaluation_deadline", stopped.json().get("code").asText(), stopped.body());
            assertTrue(stopped.header("Content-Type").startsWith("application/problem+json"));
            assertEquals(200, http.get("/health/liveness").status());
            assertEquals(200, http.get("/api/v1/rules/myth-4.diagnosis").status());
        }
    }
}
