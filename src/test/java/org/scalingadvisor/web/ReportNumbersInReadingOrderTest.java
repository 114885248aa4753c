package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.api.Http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed report numbers its items in the order a planner reads them, 1, 2, 3 … through the advice shown and on
 * into the less pressing advice (a reviewer found items 1-8, then 12-13, then 9-11 under "less pressing", because
 * strengths shown after the folded questions kept their rank).
 */
@MicronautTest(transactional = false)
class ReportNumbersInReadingOrderTest {

    private static final Pattern NUMBER = Pattern.compile("<h3><span>(\\d+)\\.</span>|<li><strong>(\\d+)\\. ");

    @Inject
    EmbeddedServer server;

    @Test
    void everySamplesReportCountsItsItemsOneByOneInReadingOrder() throws Exception {
        Http http = new Http(server.getURI());
        List<Path> plans;
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            plans = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int folded = 0;
        for (Path plan : plans) {
            Http.Answer created = http.postJson("/api/v1/plans", Files.readString(plan));
            String report = http.get("/plans/" + created.json().path("id").asText() + "/versions/1/report").body();
            List<Integer> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(report);
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            assertTrue(numbers.size() > 0, plan + ": no numbered items found");
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i), plan + " numbers its items " + numbers);
            }
            folded += report.contains("Less pressing advice") ? 1 : 0;
        }
        assertTrue(folded > 0, "no sample has less pressing advice, so the order across the fold is untested");
    }
}
