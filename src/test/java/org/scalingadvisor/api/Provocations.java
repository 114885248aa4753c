package org.scalingadvisor.api;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests that draw every kind of problem answer from a running service (one with an admin token and a short
 * body timeout), each with the operation the API description should list it under.
 */
final class Provocations {

    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String RELOAD = "/api/v1/admin/reload";
    private static final String PLANS = "/api/v1/plans";

    /** One provoked problem: the code and status expected, the operation (path template, method), and the answer. */
    record Provoked(String code, int status, String path, String method, Http.Answer answer) {
    }

    private Provocations() {
    }

    static List<Provoked> everyProblem(EmbeddedServer server, String adminToken) throws IOException {
        Http http = new Http(server.getURI());
        byte[] plan = "{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        List<Provoked> provoked = new ArrayList<>();
        provoked.add(new Provoked("malformed_json", 400, EVALUATIONS, "post", http.postJson(EVALUATIONS, "{".getBytes(StandardCharsets.UTF_8))));
        provoked.add(new Provoked("invalid_plan", 400, EVALUATIONS, "post", http.postJson(EVALUATIONS, "{\"x\":1}".getBytes(StandardCharsets.UTF_8))));
        provoked.add(new Provoked("invalid_parameter", 400, EVALUATIONS, "post", http.postJson(EVALUATIONS + "?audience=NOBODY", plan)));
        provoked.add(new Provoked("unauthorized", 401, RELOAD, "post", http.postEmpty(RELOAD, null)));
        provoked.add(new Provoked("forbidden", 403, RELOAD, "post", http.postEmpty(RELOAD, "Bearer not-" + adminToken)));
        provoked.add(new Provoked("not_found", 404, "/api/v1/rules/{ruleId}", "get", http.get("/api/v1/rules/no.such.rule")));
        provoked.add(new Provoked("not_found", 404, "/problems/{code}", "get", http.get("/problems/no_such_code")));
        provoked.add(new Provoked("not_found", 404, EVALUATIONS + "/{evaluationId}", "get", http.get(EVALUATIONS + "/no-such-record")));
        provoked.add(new Provoked("not_found", 404, EVALUATIONS + "/{evaluationId}/replay", "post",
                http.postEmpty(EVALUATIONS + "/no-such-record/replay", null)));
        provoked.add(new Provoked("not_found", 404, "/api/v1/rulesets/{version}", "get", http.get("/api/v1/rulesets/abc123")));
        provoked.add(new Provoked("invalid_parameter", 400, EVALUATIONS, "get", http.get(EVALUATIONS + "?limit=1000")));
        provoked.add(new Provoked("invalid_parameter", 400, EVALUATIONS, "post", http.postJson(EVALUATIONS + "?reference=%3Cb%3E", plan)));
        provoked.add(new Provoked("invalid_header", 400, EVALUATIONS, "post", http.send(request(server, EVALUATIONS)
                .header("Content-Type", "application/json").header("Idempotency-Key", "k".repeat(201))
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)))));
        String key = "provoked-" + System.nanoTime();
        http.send(request(server, EVALUATIONS).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)));
        provoked.add(new Provoked("idempotency_key_reused", 422, EVALUATIONS, "post", http.send(request(server, EVALUATIONS + "?reference=OTHER")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan)))));
        provoked.add(new Provoked("not_acceptable", 406, "/api/v1/rules", "get",
                http.send(request(server, "/api/v1/rules").header("Accept", "text/html").GET())));
        provoked.add(new Provoked("not_acceptable", 406, EVALUATIONS, "post", http.send(request(server, EVALUATIONS)
                .header("Accept", "text/html").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(plan)))));
        provoked.add(new Provoked("body_too_large", 413, EVALUATIONS, "post", http.postJson(EVALUATIONS, new byte[1_100_000])));
        provoked.add(new Provoked("uri_too_long", 414, "/api/v1/rules/{ruleId}", "get", http.get("/api/v1/rules/" + "a".repeat(10_000))));
        provoked.add(new Provoked("unsupported_media_type", 415, EVALUATIONS, "post", http.post(EVALUATIONS, "text/plain", plan)));
        provoked.add(new Provoked("headers_too_large", 431, "/health", "get",
                http.send(request(server, "/health").header("X-Padding", "p".repeat(20_000)).GET())));
        provoked.add(new Provoked("body_timeout", 408, EVALUATIONS, "post", raw(server, "POST " + EVALUATIONS
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"ti")));
        provoked.add(new Provoked("server_busy", 503, EVALUATIONS, "post", raw(server, "POST " + EVALUATIONS
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\n\r\n")));
        provoked.addAll(planProblems(server));
        return provoked;
    }

    /** The problems the plans API (CONTRACT §6) answers with, on a plan made for the purpose. */
    private static List<Provoked> planProblems(EmbeddedServer server) {
        Http http = new Http(server.getURI());
        byte[] plan = "{\"title\":\"Provoked\"}".getBytes(StandardCharsets.UTF_8);
        Http.Answer created = http.postJson(PLANS, plan);
        if (created.status() != 201) {
            throw new IllegalStateException("a plan to provoke problems on was not created: " + created.body());
        }
        String id = created.json().get("id").asText();
        String versions = PLANS + "/{id}/versions";
        String version = PLANS + "/{id}/versions/{n}";
        String compare = PLANS + "/{id}/compare";
        List<Provoked> provoked = new ArrayList<>();
        provoked.add(new Provoked("malformed_json", 400, PLANS, "post", http.postJson(PLANS, "{".getBytes(StandardCharsets.UTF_8))));
        provoked.add(new Provoked("invalid_plan", 400, PLANS, "post", http.postJson(PLANS, "{\"sector\":\"HEALTH\"}".getBytes(StandardCharsets.UTF_8))));
        provoked.add(new Provoked("invalid_plan", 400, versions, "post",
                http.postJson(PLANS + "/" + id + "/versions", "{\"title\":\"x\",\"stage\":\"LATE\"}".getBytes(StandardCharsets.UTF_8))));
        provoked.add(new Provoked("invalid_parameter", 400, version, "get", http.get(PLANS + "/" + id + "/versions/first")));
        provoked.add(new Provoked("invalid_parameter", 400, compare, "get", http.get(PLANS + "/" + id + "/compare?from=one&to=1")));
        provoked.add(new Provoked("invalid_parameter", 400, compare, "get", http.get(PLANS + "/" + id + "/compare?from=1")));
        provoked.add(new Provoked("not_found", 404, PLANS + "/{id}", "get", http.get(PLANS + "/no-such-plan")));
        provoked.add(new Provoked("not_found", 404, PLANS + "/{id}", "delete", http.delete(PLANS + "/no-such-plan")));
        provoked.add(new Provoked("not_found", 404, versions, "post", http.postJson(PLANS + "/no-such-plan/versions", plan)));
        provoked.add(new Provoked("not_found", 404, version, "get", http.get(PLANS + "/" + id + "/versions/2")));
        provoked.add(new Provoked("not_found", 404, compare, "get", http.get(PLANS + "/" + id + "/compare?from=1&to=2")));
        provoked.add(new Provoked("not_found", 404, "/plans/{id}/plan.json", "get", http.get("/plans/no-such-plan/plan.json")));
        provoked.add(new Provoked("not_acceptable", 406, PLANS, "get",
                http.send(request(server, PLANS).header("Accept", "text/html").GET())));
        provoked.add(new Provoked("not_acceptable", 406, PLANS, "post", http.send(request(server, PLANS)
                .header("Accept", "text/html").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(plan)))));
        provoked.add(new Provoked("body_too_large", 413, versions, "post", http.postJson(PLANS + "/" + id + "/versions", new byte[1_100_000])));
        provoked.add(new Provoked("unsupported_media_type", 415, PLANS, "post", http.post(PLANS, "text/plain", plan)));
        provoked.add(new Provoked("unsupported_media_type", 415, PLANS, "post",
                http.send(request(server, PLANS).POST(HttpRequest.BodyPublishers.ofByteArray(plan)))));
        provoked.add(new Provoked("unsupported_media_type", 415, versions, "post",
                http.post(PLANS + "/" + id + "/versions", "application/json; charset=ISO-8859-1", plan)));
        return provoked;
    }

    static HttpRequest.Builder request(EmbeddedServer server, String path) {
        return HttpRequest.newBuilder(server.getURI().resolve(path));
    }

    /** Sends raw bytes and reads the answer until the server closes (bodies that never arrive, over-large declared bodies). */
    static Http.Answer raw(EmbeddedServer server, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int split = answer.indexOf("\r\n\r\n");
            String contentType = answer.substring(0, split).lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("");
            return new Http.Answer(status, contentType, answer.substring(split + 4));
        }
    }
}
