package org.scalingadvisor.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, finding 7: a form post from another site is refused whatever the Host header says (it
 * was refused only when Host was localhost, and an import then save rewrote the victim's plan).
 * Requests are written on a socket, since the JDK client will not send another Host.
 */
@MicronautTest(transactional = false)
class CrossSiteRequestsTest {

    @Inject
    EmbeddedServer server;

    record Raw(int status, String head, String body) {
    }

    /** Sends one HTTP/1.1 request with exactly these headers to the server's loopback port. */
    static Raw send(EmbeddedServer server, String method, String path, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split), answer.substring(split + 4));
        }
    }

    static Map<String, String> form(String host, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            headers.put("Origin", origin);
        }
        return headers;
    }

    String newPlan() throws IOException {
        Raw created = send(server, "POST", "/plans", form("localhost:" + server.getPort(), "http://localhost:" + server.getPort()), "title=Victim");
        assertEquals(303, created.status(), created.head());
        String location = created.head().lines().filter(l -> l.toLowerCase().startsWith("location:")).findFirst().orElseThrow();
        return location.substring(location.indexOf("/plans/") + 7).strip();
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedWhateverTheHost() throws IOException {
        String id = newPlan();
        Map<String, String> evil = form("advisor.example.org", "https://evil.example");
        Raw imported = send(server, "POST", "/plans/" + id + "/import", evil, "json=%7B%22title%22%3A%22Forged%22%7D");
        assertEquals(403, imported.status(), imported.head() + imported.body());
        assertTrue(imported.head().toLowerCase().contains("content-type: application/problem+json"), imported.head());
        assertEquals(403, send(server, "POST", "/plans/" + id + "/save", evil, "title=Forged").status());
        assertEquals(403, send(server, "POST", "/plans", evil, "title=Forged").status());
        Map<String, String> htmx = form("advisor.example.org", "https://evil.example");
        htmx.put("HX-Request", "true");
        assertEquals(403, send(server, "POST", "/plans/" + id + "/advice", htmx, "title=Forged").status(), "htmx requests too");
        Map<String, String> fetchMetadata = form("localhost:" + server.getPort(), null);
        fetchMetadata.put("Sec-Fetch-Site", "cross-site");
        assertEquals(403, send(server, "POST", "/plans/" + id + "/save", fetchMetadata, "title=Forged").status(),
                "Sec-Fetch-Site says another site sent it");
        Map<String, String> json = new LinkedHashMap<>(evil);
        json.put("Content-Type", "application/json");
        assertEquals(403, send(server, "DELETE", "/api/v1/plans/" + id, json, "").status(), "the API with a cookie, no key, too");

        String plan = new Http(server.getURI()).get("/plans/" + id + "/plan.json").body();
        assertTrue(plan.contains("Victim") && !plan.contains("Forged"), plan);
        assertFalse(new Http(server.getURI()).get("/").body().contains("Forged"));
    }

    @Test
    void theServicesOwnPagesStillChangePlans() throws IOException {
        String id = newPlan();
        String here = "localhost:" + server.getPort();
        Raw imported = send(server, "POST", "/plans/" + id + "/import", form(here, "http://" + here), "json=%7B%22title%22%3A%22Mine%22%7D");
        assertEquals(303, imported.status(), imported.head() + imported.body());
        Map<String, String> sameOrigin = form(here, "http://" + here);
        sameOrigin.put("Sec-Fetch-Site", "same-origin");
        assertEquals(200, send(server, "POST", "/plans/" + id + "/save", sameOrigin, "title=Mine").status());
        assertEquals(200, send(server, "POST", "/plans/" + id + "/save", form(here, null), "title=Mine").status(),
                "no Origin and no Sec-Fetch-Site: not a browser's cross-site request");
    }

    @Test
    void withAPublicUrlOnlyThatOriginMayChangePlans() throws IOException {
        try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class,
                Map.of("advisor.public-url", "https://advisor.example.org",
                        "datasources.default.url", "jdbc:h2:mem:publicurl;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"),
                "test").getApplicationContext()) {
            EmbeddedServer other = context.getBean(EmbeddedServer.class);
            Raw made = send(other, "POST", "/plans", form("advisor.example.org", "https://advisor.example.org"), "title=Ours");
            assertEquals(303, made.status(), made.head() + made.body());
            Raw spoofed = send(other, "POST", "/plans", form("evil.example", "https://evil.example"), "title=Theirs");
            assertEquals(403, spoofed.status(), "an Origin that matches a forged Host is not the public URL: " + spoofed.body());
        }
    }
}
