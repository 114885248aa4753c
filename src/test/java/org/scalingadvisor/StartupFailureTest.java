package org.scalingadvisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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

/** Issue 10, finding 7: a service that cannot start says why in one line on stderr, every time, and exits 1. */
class StartupFailureTest {

    record Exit(int status, String out, String err) {
    }

    /** Starts the real main class in its own JVM, as the run command does. */
    private static Exit start(Map<String, String> env, Path workDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "org.scalingadvisor.Application",
                "--micronaut.server.port=-1"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the service did not exit: " + Files.readString(out));
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingRulesFolderIsOneLineOnStderr(@TempDir Path tmp) throws Exception {
        Exit exit = start(Map.of("ADVISOR_RULES_DIR", tmp.resolve("no-such-rules").toString()), tmp);
        assertEquals(1, exit.status());
        assertEquals(1, exit.err().strip().lines().count(), exit.err());
        assertTrue(exit.err().startsWith("scaling-advisor: cannot start: the rules folder "), exit.err());
        assertTrue(exit.err().contains("does not exist"), exit.err());
        assertFalse((exit.out() + exit.err()).contains("\tat "), "no stack trace:\n" + exit.out() + exit.err());
    }

    @Test
    void rulesThatDoNotLoadAtStartUpAreSaidOnStderrBeforeExit(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve("myths/myth-4-supply.drl"), "then\n", "then\n    System.exit(0);\n");
        Exit exit = start(Map.of("ADVISOR_RULES_DIR", rules.toString()), tmp);
        assertEquals(1, exit.status(), exit.out() + exit.err());
        assertTrue(exit.err().startsWith("scaling-advisor: cannot start: The rules in "), exit.err());
        assertTrue(exit.err().contains("myths/myth-4-supply.drl:"), exit.err());
        assertFalse((exit.out() + exit.err()).contains("\tat "), "no stack trace:\n" + exit.out() + exit.err());
    }

    @Test
    void malformedApiKeysStopTheServiceAtStartUpRatherThanFailingEveryRequest(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Exit exit = start(Map.of("ADVISOR_RULES_DIR", rules.toString(), "ADVISOR_API_KEYS", "alpha:short"), tmp);
        assertEquals(1, exit.status(), exit.out() + exit.err());
        assertTrue(exit.err().startsWith("scaling-advisor: cannot start: "), exit.err());
        assertTrue(exit.err().contains("tokens of at least 16 characters"), exit.err());
        assertFalse((exit.out() + exit.err()).contains("\tat "), "no stack trace:\n" + exit.out() + exit.err());
    }

    @Test
    void aOneCharacterAdminTokenStopsTheServiceAtStartUp(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Exit exit = start(Map.of("ADVISOR_RULES_DIR", rules.toString(), "ADVISOR_ADMIN_TOKEN", "x"), tmp);
        assertEquals(1, exit.status(), exit.out() + exit.err());
        assertEquals(1, exit.err().strip().lines().count(), exit.err());
        assertTrue(exit.err().contains("advisor.admin.token (ADVISOR_ADMIN_TOKEN) must have at least 16 characters"), exit.err());
        assertFalse((exit.out() + exit.err()).contains("\tat "), "no stack trace:\n" + exit.out() + exit.err());
    }
}
