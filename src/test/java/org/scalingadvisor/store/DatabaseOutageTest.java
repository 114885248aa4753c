package org.scalingadvisor.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 19, item 3: no database work on the event loop. With PostgreSQL stopped, requests that wait
 * for a connection (the drafts API, the pages) wait on an executor, and the service still says it
 * is alive.
 */
class DatabaseOutageTest {

    private static final String[] WAITING_FOR_THE_DATABASE = {"/api/v1/plans", "/"};

    @Test
    void livenessAnswersPromptlyWhileRequestsWaitForAStoppedDatabase() throws Exception {
        try (LocalPostgres.Server postgres = LocalPostgres.ownServer()) {
            Map<String, Object> settings = new HashMap<>(postgres.settings());
            settings.put("datasources.default.connection-timeout", "20000");
            try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, settings, "test").getApplicationContext()) {
                URI base = context.getBean(EmbeddedServer.class).getURI();
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                postgres.stop();
                List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    waiting.add(client.sendAsync(HttpRequest.newBuilder(base.resolve(WAITING_FOR_THE_DATABASE[i % 2]))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
                }
                Thread.sleep(1000);
                int alive = 0;
                for (int i = 0; i < 10; i++) {
                    try {
                        HttpResponse<String> liveness = client.send(HttpRequest.newBuilder(base.resolve("/health/liveness"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                        alive += liveness.statusCode() == 200 ? 1 : 0;
                    } catch (HttpTimeoutException slow) {
                        // counted as not alive
                    }
                }
                assertEquals(10, alive, "liveness probes answered 200 within 2 s while 8 requests waited for the database");
                for (CompletableFuture<HttpResponse<String>> request : waiting) {
                    int status = request.get().statusCode();
                    assertEquals(503, status, "a request the database could not serve: 503, " + request.get().body());
                }
            }
        }
    }
}
