package org.scalingadvisor.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: with no identity configured the service is a personal instance on loopback, as Redis's
 * protected mode. The real main class is started in its own JVM; where it listens is read from
 * {@code ss -ltn} (no traffic is sent to the machine's own non-loopback addresses).
 */
class SecureByDefaultTest {

    record Started(Process process, Path out, Path err) {

        String log() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        }
    }

    @Test
    void withNoIdentityItListensOnLoopbackOnlyAndSaysSo(@TempDir Path tmp) throws Exception {
        int port = freePort();
        Started started = start(tmp, port, Map.of());
        try {
            List<String> listening = awaitListening(started, port);
            assertFalse(listening.isEmpty());
            assertTrue(listening.stream().allMatch(SecureByDefaultTest::loopback), listening + "\n" + started.log());
            assertTrue(awaitLog(started, "only (loopback): no identity is configured"), started.log());
        } finally {
            stop(started);
        }
    }

    @Test
    void withNoIdentityANonLoopbackHostIsRefusedInOneLine(@TempDir Path tmp) throws Exception {
        int port = freePort();
        Started started = start(tmp, port, Map.of("MICRONAUT_SERVER_HOST", "0.0.0.0"));
        assertTrue(started.process().waitFor(60, TimeUnit.SECONDS), "the service did not exit: " + started.log());
        assertEquals(1, started.process().exitValue(), started.log());
        String err = Files.readString(started.err(), StandardCharsets.UTF_8);
        assertTrue(err.startsWith("scaling-advisor: cannot start: micronaut.server.host is 0.0.0.0, which is not loopback,"), err);
        assertTrue(listening(port).isEmpty(), "nothing listens on " + port);
    }

    @Test
    void openOptsOutWithAWarningAndApiKeysServeEveryInterface(@TempDir Path tmp) throws Exception {
        int port = freePort();
        Started open = start(tmp.resolve("open"), port, Map.of("ADVISOR_SECURITY_OPEN", "true"));
        try {
            List<String> listening = awaitListening(open, port);
            assertTrue(listening.stream().noneMatch(SecureByDefaultTest::loopback), listening + "\n" + open.log());
            assertTrue(awaitLog(open, "WARN"), open.log());
            assertTrue(open.log().contains("advisor.security.open: true and no identity configured"), open.log());
        } finally {
            stop(open);
        }
        int keyed = freePort();
        Started keys = start(tmp.resolve("keys"), keyed, Map.of("ADVISOR_API_KEYS", "portal:a-token-of-sixteen-chars"));
        try {
            List<String> listening = awaitListening(keys, keyed);
            assertTrue(listening.stream().noneMatch(SecureByDefaultTest::loopback), listening + "\n" + keys.log());
            assertTrue(awaitLog(keys, "callers identify themselves with API keys"), keys.log());
        } finally {
            stop(keys);
        }
    }

    private static Started start(Path dir, int port, Map<String, String> env) throws IOException {
        Files.createDirectories(dir);
        Path rules = TestFiles.copyRules(dir.resolve("rules"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "org.scalingadvisor.Application",
                "--micronaut.server.port=" + port,
                "--datasources.default.url=jdbc:h2:mem:bind;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> all = new HashMap<>(env);
        all.put("ADVISOR_RULES_DIR", rules.toString());
        all.put("ADVISOR_RULES_WATCH", "false");
        builder.environment().putAll(all);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        return new Started(builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start(), out, err);
    }

    private static List<String> awaitListening(Started started, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<String> found = listening(port);
            if (!found.isEmpty()) {
                return found;
            }
            if (!started.process().isAlive()) {
                throw new AssertionError("the service exited: " + started.log());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing listened on " + port + ": " + started.log());
    }

    private static boolean awaitLog(Started started, String text) throws Exception {
        for (int i = 0; i < 50 && !started.log().contains(text); i++) {
            Thread.sleep(100);
        }
        return started.log().contains(text);
    }

    /** The local addresses listening on the port, as ss prints them (127.0.0.1:8080, 0.0.0.0:8080, *:8080, [::]:8080). */
    private static List<String> listening(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-ltnH").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ss.waitFor(10, TimeUnit.SECONDS));
        List<String> found = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[3].endsWith(":" + port)) {
                found.add(columns[3]);
            }
        }
        return found;
    }

    /** 127.0.0.1:8080, [::ffff:127.0.0.1]:8080 (IPv4 on an IPv6 socket) or [::1]:8080. */
    private static boolean loopback(String address) {
        String host = address.substring(0, address.lastIndexOf(':'));
        return host.startsWith("127.") || host.startsWith("[::ffff:127.") || host.equals("[::1]");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Started started) throws InterruptedException {
        started.process().destroy();
        if (!started.process().waitFor(20, TimeUnit.SECONDS)) {
            started.process().destroyForcibly();
        }
        assertFalse(started.process().isAlive());
    }
}
