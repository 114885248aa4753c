package org.scalingadvisor.http;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, finding 11 (web part): pages carry a Content-Security-Policy without inline script,
 * frame-ancestors 'none', a Referrer-Policy and Cache-Control: no-store, and hold no inline script
 * or event handler the policy would block.
 */
@MicronautTest(transactional = false)
class PageHeadersTest {

    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @Inject
    EmbeddedServer server;

    @Test
    void pagesThatShowPlansAreLockedDownAndHoldNoInlineScript() throws Exception {
        Http http = new Http(server.getURI());
        Http.Answer created = http.postJson("/api/v1/plans", java.nio.file.Files.readString(
                java.nio.file.Path.of("samples", "plans", "myth-1-information-only.json")));
        String id = created.json().path("id").asText();
        for (String path : List.of("/", "/plans/" + id, "/plans/" + id + "/versions/1/report", "/plans/" + id + "/compare?from=1&to=1")) {
            Http.Answer page = http.get(path);
            assertEquals(200, page.status(), path);
            String policy = page.header("Content-Security-Policy");
            assertNotNull(policy, path + " has a Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self'"), policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("same-origin", page.header("Referrer-Policy"), path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertFalse(INLINE_HANDLER.matcher(page.body()).find(), path + " has an inline event handler");
            assertFalse(INLINE_SCRIPT.matcher(page.body()).find(), path + " has an inline script");
            assertFalse(page.body().contains("javascript:"), path);
        }
        assertEquals("no-store", http.get("/api/v1/plans/" + id).header("Cache-Control"), "API answers with plans too");
        Http.Answer script = http.get("/static/editor.js");
        assertEquals(200, script.status());
        assertFalse("no-store".equals(script.header("Cache-Control")), "static files may be cached");
    }
}
