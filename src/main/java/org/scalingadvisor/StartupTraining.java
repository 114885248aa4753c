package org.scalingadvisor;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.scalingadvisor.ruleset.EarlyCompile;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The build's class-data-sharing training run ({@code -Dadvisor.startup.train=true}, see pom.xml):
 * it starts the service, sends it the requests users send first (an evaluation, a rejected plan,
 * health, the start page) and exits, so the JVM's archive, written at exit, holds every class those paths load. A
 * service started with that archive skips loading and verifying them again.
 *
 * <p>Rules that do not compile end the run early with status 0: the archive is only smaller, and
 * a trainer's broken edit must not break the build. Anything else that stops the service from
 * starting fails the build, as it would fail the run command.
 */
final class StartupTraining {

    static final String PROPERTY = "advisor.startup.train";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private StartupTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Runs the training and exits the JVM (the archive is written on exit), whatever happens. */
    static void run(String[] args) {
        int status = 1;
        try {
            Optional<RulesetCompiler.Outcome> rules = EarlyCompile.await();
            if (rules.isPresent() && !rules.get().ok()) {
                System.out.println("startup training: skipped, the rules do not compile"
                        + " (java -jar target/scaling-advisor.jar validate lists why); the archive is smaller");
                status = 0;
                return;
            }
            ApplicationContext context = Micronaut.run(Application.class, args);
            try {
                exercise(context);
            } finally {
                context.close();
            }
            status = 0;
        } catch (RuntimeException | Error e) {
            System.out.println("startup training failed: " + e);
        } finally {
            System.exit(status);
        }
    }

    private static void exercise(ApplicationContext context) {
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        String base = "http://127.0.0.1:" + server.getPort();
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            int evaluated = post(client, base + "/api/v1/evaluations", Application.warmUpPlan());
            int rejected = post(client, base + "/api/v1/evaluations", "{\"title\": 1}".getBytes(StandardCharsets.UTF_8));
            int health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            int page = client.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.printf("startup training: evaluation %d, rejected plan %d, health %d, start page %d%n",
                    evaluated, rejected, health, page);
        } catch (IOException e) {
            System.out.println("startup training: requests failed (" + e + "); the archive is smaller");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int post(HttpClient client, String url, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
