package org.scalingadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, finding 11: the command line says what is wrong, in one line, and never starts the server by mistake. */
class CliUsageTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aMistypedSubcommandExits2WithUsageAndIsNotAServerOption() {
        assertFalse(Cli.isServerOption("evaluat"), "the jar would start the server instead");
        assertFalse(Cli.isServerOption("--rules=x"));
        assertTrue(Cli.isServerOption("--micronaut.server.port=9000"));
        assertTrue(Cli.isServerOption("--advisor.rules.dir=rules"));
        Run run = run("evaluat", "samples/plans/near-empty.json");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Usage: scaling-advisor"), run.err());
        assertTrue(run.err().contains("evaluate"), run.err());
    }

    @Test
    void anUnknownOptionExits2WithUsage() {
        Run run = run("validate", "--rulez", "rules");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Usage: scaling-advisor validate"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "test"})
    void helpWorksOnEverySubcommand(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: scaling-advisor " + command), run.out());
    }

    @Test
    void aMissingPlanFileIsOneLine() {
        Run run = run("evaluate", "no-such-plan.json");
        assertEquals(2, run.exit());
        assertEquals("evaluate: no-such-plan.json: no such file", run.err().strip());
    }

    @Test
    void typographicQuotesFromAWordProcessorGetAHelpfulMessage(@TempDir Path tmp) throws Exception {
        Path windows = tmp.resolve("windows.json");
        Files.write(windows, "{\"title\": \u201cMy plan\u201d}".getBytes(Charset.forName("windows-1252")));
        Run run = run("evaluate", windows.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("typographic quote"), run.err());
        assertFalse(run.err().contains("at org."), run.err());

        Path utf8 = tmp.resolve("utf8.json");
        Files.writeString(utf8, "{\"title\": \u201cMy plan\u201d}");
        Run second = run("evaluate", utf8.toString());
        assertEquals(1, second.exit());
        assertTrue(second.err().contains("typographic quote"), second.err());
    }
}
