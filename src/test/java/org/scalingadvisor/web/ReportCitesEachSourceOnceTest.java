package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed report names each source document once, in a numbered list at its end, and each item cites it by number
 * and section ("[1] Myth 5"): the seventeenth tuning half's reviewer found reports of 12 to 19 items too long, and a
 * quarter of an item's words went to repeating a document's full title under every item.
 */
@MicronautTest(transactional = false)
class ReportCitesEachSourceOnceTest {

    private static final String SCIE = "SCIE, &quot;Scaling innovation in social care: rapid pragmatic evidence review&quot;";
    private static final Pattern CITED = Pattern.compile("<span>\\[(\\d+)\\] ");

    @Inject
    EmbeddedServer server;

    @Test
    void eachDocumentIsNamedOnceAndCitedByItsNumber() throws Exception {
        Http http = new Http(server.getURI());
        Http.Answer created = http.postJson("/api/v1/plans", Files.readString(Path.of("samples", "plans", "myth-1-information-only.json")));
        String report = http.get("/plans/" + created.json().path("id").asText() + "/versions/1/report").body();
        String sources = report.substring(report.indexOf("id=\"sources-h\""));
        assertEquals(1, count(report, SCIE), "the SCIE review is named once");
        assertTrue(sources.contains(SCIE), "and that once is in the list of sources");
        int listed = count(sources.substring(0, sources.indexOf("</ol>")), "<li>");
        Matcher m = CITED.matcher(report);
        int cited = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            assertTrue(n >= 1 && n <= listed, "cites [" + n + "] of " + listed + " sources");
            cited++;
        }
        assertTrue(cited >= 3, "items cite their sources by number: " + cited);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
