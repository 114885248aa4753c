package org.scalingadvisor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.ServiceProcess;
import org.scalingadvisor.api.Http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 4, measured: the real service at the documented heap (-Xmx144m) with a plan at the
 * version bound (advisor.plans.max-versions, 50) of bodies near the 1 MB cap, and the plan bound
 * (advisor.plans.max-plans, 200) reached. Showing the plan and listing plans stay fast and small:
 * neither loads version bodies or working copies.
 */
class PlanMemoryBoundsTest {

    private static final String[] TYPES = {"WEBSITE", "NEWSLETTER", "CONFERENCE", "COACHING", "PEER_SUPPORT", "EVALUATION"};

    @Test
    void aPlanAtMaxVersionsOfOneMegabyteBodiesIsShownWithoutLoadingThem(@TempDir Path work) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(work, "144m", Map.of())) {
            Http http = service.http();
            byte[] big = nearTheCap(0);
            assertTrue(big.length > 1_000_000 && big.length <= 1_048_576, "a body near the 1 MB cap: " + big.length);
            Http.Answer created = http.postJson("/api/v1/plans", big);
            assertEquals(201, created.status(), created.body());
            String id = created.json().path("id").asText();
            int versions = 1;
            Http.Answer refused = null;
            while (versions < 60) {
                refused = http.postJson("/api/v1/plans/" + id + "/versions", nearTheCap(versions));
                if (refused.status() != 201) {
                    break;
                }
                versions++;
            }

            List<Long> show = time(http, "/api/v1/plans/" + id, 20);
            List<Long> page = time(http, "/plans/" + id, 5);
            for (int i = 1; i < 200; i++) {
                assertEquals(201, http.postJson("/api/v1/plans", "{\"title\":\"plan " + i + "\"}").status());
            }
            Http.Answer oneTooMany = http.postJson("/api/v1/plans", "{\"title\":\"one too many\"}");
            List<Long> list = time(http, "/api/v1/plans", 20);
            List<Long> home = time(http, "/", 20);
            int listBytes = http.get("/api/v1/plans").body().length();
            int homeBytes = http.get("/").body().length();
            assertTrue(service.alive(), "the service is still running");
            assertFalse(service.log().contains("OutOfMemoryError"), "no OutOfMemoryError:\n" + service.log());
            System.out.printf("-Xmx144m, %d versions of %d bytes: GET /api/v1/plans/{id} p50 %d ms max %d ms; GET /plans/{id} p50 %d ms"
                            + " max %d ms; 200 plans: GET /api/v1/plans p50 %d ms max %d ms (%d bytes, first 50); GET / p50 %d ms"
                            + " max %d ms (%d bytes); peak RSS %d MB%n", versions, big.length, p50(show), max(show), p50(page),
                    max(page), p50(list), max(list), listBytes, p50(home), max(home), homeBytes, peakRssMb(service.pid()));
            assertTrue(p50(show) < 500, "showing the plan stays fast: p50 " + p50(show) + " ms");
            assertEquals(409, refused.status(), refused.body());
            assertEquals(50, versions, "the version bound is 50 by default");
            assertEquals(409, oneTooMany.status(), "the plan bound is 200 by default");
        }
    }

    private static List<Long> time(Http http, String path, int times) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            Http.Answer answer = http.get(path);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, answer.status(), path + ": " + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return millis;
    }

    private static long p50(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return Collections.max(values);
    }

    private static long peakRssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    /** A valid plan of 500 activities with long descriptions, just under 1 MB; {@code n} makes each version differ. */
    static byte[] nearTheCap(int n) {
        StringBuilder json = new StringBuilder("{\"title\":\"Version ").append(n).append(" of a large plan\",\"activities\":[");
        for (int i = 0; i < 500; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":\"a").append(i).append("\",\"type\":\"").append(TYPES[i % TYPES.length])
                    .append("\",\"budget\":").append(1000 + n).append(",\"startMonth\":").append(i % 24).append(",\"description\":\"");
            for (int c = 0; c < 1_950; c++) {
                json.append((char) ('a' + (i + c + n) % 26));
            }
            json.append("\"}");
        }
        return json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
