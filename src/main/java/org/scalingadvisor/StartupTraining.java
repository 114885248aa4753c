package org.scalingadvisor;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The build's class-data-sharing training run ({@code -Dadvisor.startup.train=true}, see pom.xml):
 * once the service is up it sends itself the requests users send first (an evaluation, a rejected
 * plan, health), so the JVM's archive, written at exit, holds every class those paths load. A
 * service started with that archive skips loading and verifying them again.
 */
final class StartupTraining {

    static final String PROPERTY = "advisor.startup.train";

    private StartupTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Sends the requests and reports what came back; a failure only makes the archive smaller. */
    static void exercise(ApplicationContext context) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String base = "http://127.0.0.1:" + server.getPort();
        HttpClient client = HttpClient.newHttpClient();
        try (InputStream in = Application.class.getResourceAsStream("/warmup-plan.json")) {
            byte[] plan = in == null ? "{}".getBytes() : in.readAllBytes();
            int evaluated = post(client, base + "/api/v1/evaluations", plan);
            int rejected = post(client, base + "/api/v1/evaluations", "{\"title\": 1}".getBytes());
            int health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.printf("startup training: evaluation %d, rejected plan %d, health %d%n", evaluated, rejected, health);
        } catch (IOException e) {
            System.out.println("startup training: requests failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int post(HttpClient client, String url, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
