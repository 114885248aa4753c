package org.scalingadvisor.records;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.ServiceProcess;
import org.scalingadvisor.api.Http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19, item 2: with the embedded database on a full file system (a 20 MB tmpfs, mounted by the
 * test when it runs as root; skipped otherwise), no answer says "stored" that is not readable, and
 * readiness goes DOWN while records cannot be written.
 */
class FullDiskTest {

    @Test
    void onAFullDiskNoAnswerSaysStoredUnlessItIsAndReadinessGoesDown(@TempDir Path work) throws Exception {
        Path disk = work.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root; skipped");
        try {
            Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL",
                    "jdbc:h2:file:" + disk.resolve("advisor") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            List<String> stored = new ArrayList<>();
            int failed = 0;
            int requests = 0;
            int serverErrors = 0;
            boolean downWhileFull = false;
            try (ServiceProcess service = ServiceProcess.start(work, "256m", env)) {
                Http http = service.http();
                fill(disk.resolve("filler"));
                for (int i = 0; i < 200; i++) {
                    Http.Answer answer = RecordsApiContract.post(http, "/api/v1/evaluations", plan(i));
                    requests++;
                    if (answer.status() >= 500) {
                        serverErrors++;
                    } else if ("stored".equals(answer.header("X-Decision-Record"))) {
                        stored.add(answer.location());
                    } else if ("failed".equals(answer.header("X-Decision-Record"))) {
                        failed++;
                    }
                }
                int readiness = http.get("/health/readiness").status();
                downWhileFull = readiness == 503;
                System.out.printf("full disk on H2: %d requests, %d answered 5xx, %d answered failed, %d answered stored;"
                        + " readiness %d while full%n", requests, serverErrors, failed, stored.size(), readiness);
                Files.delete(disk.resolve("filler"));
            }
            assertTrue(failed > 0, "the disk really was full: some records failed");
            assertEquals(0, serverErrors, "evaluations are still answered (200, with X-Decision-Record: failed)");
            assertTrue(downWhileFull, "readiness is DOWN while records cannot be written");
            try (ServiceProcess again = ServiceProcess.start(work, "256m", env)) {
                Http http = again.http();
                List<String> lost = stored.stream().filter(location -> http.get(location).status() != 200).toList();
                System.out.printf("full disk on H2: %d of %d answers that said stored readable after restart%n",
                        stored.size() - lost.size(), stored.size());
                assertEquals(List.of(), lost, "answers said stored but are not readable");
                assertEquals(200, http.get("/health/readiness").status(), "ready again once there is room");
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    /** A plan that differs each time, so each record needs new bodies written. */
    private static byte[] plan(int n) {
        String sample = new String(RecordsApiContract.sample(RecordsApiContract.PLAN), java.nio.charset.StandardCharsets.UTF_8);
        return sample.replaceFirst("\"title\"\\s*:\\s*\"", "\"title\":\"Full disk " + n + ": ")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes until the file system is full. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left: that is the point
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
