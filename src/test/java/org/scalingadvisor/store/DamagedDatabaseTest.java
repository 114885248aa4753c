package org.scalingadvisor.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.ServiceProcess;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.api.Http;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 2: a damaged embedded database file stops start-up with one clear line, instead of
 * starting ready and failing later on the records that sit in the damaged part. The damage leaves H2
 * no clean version to fall back to (see {@link #damageEveryHeader}); damage that H2 meets only when it
 * reads a row is found by the start-up check reading every row ({@link EmbeddedDatabaseCheck}).
 */
class DamagedDatabaseTest {

    @Test
    void aDamagedEmbeddedDatabaseStopsStartUpWithOneLine(@TempDir Path work) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(work, "256m", Map.of("ADVISOR_PLANS_MAX_PLANS", "1000"))) {
            Http http = service.http();
            for (int i = 0; i < 150; i++) {
                String plan = "{\"title\":\"Plan " + i + "\",\"activities\":[{\"type\":\"WEBSITE\",\"description\":\""
                        + ("words of plan " + i + " ").repeat(40) + "\"}]}";
                assertEquals(201, http.postJson("/api/v1/plans", plan).status());
            }
        }
        Path file = work.resolve("data/scaling-advisor.mv.db");
        long length = Files.size(file);
        damageEveryHeader(file);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "org.scalingadvisor.Application", "--micronaut.server.port=-1"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("ADVISOR_RULES_DIR", TestFiles.RULES.toAbsolutePath().toString());
        builder.environment().put("ADVISOR_RULES_WATCH", "false");
        Path err = work.resolve("err.txt");
        Process process = builder.redirectOutput(work.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String stdout = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        assertTrue(exited, "the service started on a damaged database of " + length + " bytes:\n"
                + stdout.substring(Math.max(0, stdout.length() - 3000)));
        assertEquals(1, process.exitValue(), stdout + stderr);
        assertEquals(1, stderr.strip().lines().count(), stderr);
        assertTrue(stderr.startsWith("scaling-advisor: cannot start: the embedded database is damaged"), stderr);
        assertTrue(stderr.contains("damaged"), stderr);
        assertFalse((stdout + stderr).contains("\tat "), "no stack trace:\n" + stdout + stderr);
    }

    /**
     * Overwrites both store headers (the file's first two 4 KB blocks) and every chunk's header and footer
     * (each begins "chunk:"), so no version of the store reads clean: striping the body alone was not
     * enough, since H2 then opened an older chunk that had escaped the stripes.
     */
    private static void damageEveryHeader(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] marker = "chunk:".getBytes(StandardCharsets.US_ASCII);
        int damaged = 0;
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.write(garbage(8 * 1024));
            for (int at = 8 * 1024; at + marker.length <= bytes.length; at++) {
                if (java.util.Arrays.equals(bytes, at, at + marker.length, marker, 0, marker.length)) {
                    raw.seek(at);
                    raw.write(garbage(Math.min(128, bytes.length - at)));
                    damaged++;
                }
            }
        }
        assertTrue(damaged >= 2, "the file has chunks to damage: " + damaged);
    }

    private static byte[] garbage(int length) {
        byte[] garbage = new byte[length];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        return garbage;
    }
}
