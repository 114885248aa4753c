package org.scalingadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subcommands trainers and planners run without a server. */
class CliTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validatePassesOnTheShippedRules() {
        Run run = run("validate", "--rules", "rules");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("OK: "), run.out());
    }

    @Test
    void validateNamesFileAndLineForASyntaxError(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("myths/myth-5-professionals.drl");
        TestFiles.edit(file, "    Finding(id == \"finding.agents.professionals-only\")\n",
                "    Finding(id == \"finding.agents.professionals-only\"\n");
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(rules.resolve("myths/myth-5-professionals.drl") + ":"), run.err());
        assertTrue(run.err().contains("syntax error"), run.err());
    }

    @Test
    void validateNamesFileAndLineForABrokenPolicy(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("policies/lenient.yml");
        TestFiles.edit(file, "    CRITICAL: 1\n", "    CRITICAL: 1\n    URGENT: 2\n");
        int line = TestFiles.lineOf(file, "URGENT");
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(rules.resolve("policies/lenient.yml") + ":" + line + ": unknown band 'URGENT'"), run.err());
        Run test = run("test", "--rules", rules.toString());
        assertEquals(2, test.exit(), "the cases do not run on rules that did not load");
        assertTrue(test.err().contains("policies/lenient.yml:" + line + ":"), test.err());
    }

    @Test
    void validateNamesFileAndLineForADuplicateRuleName(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("factors/scie-factors.drl");
        TestFiles.edit(file, "rule \"High risk aversion\"", "rule \"High staff turnover\"");
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().matches("(?s).*factors/scie-factors\\.drl:[1-9]\\d*: another rule is already named \"High staff turnover\".*"),
                run.err());
    }

    @Test
    void validateNamesFileAndLineForADuplicateId(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("factors/scie-factors.drl");
        TestFiles.edit(file, "@id(rec.scie-i13.risk-aversion)", "@id(rec.scie-i12.turnover)");
        int second = TestFiles.lineOf(file, "rule \"High risk aversion\"") + 1;
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("factors/scie-factors.drl:" + second + ": rule \"High risk aversion\": @id(rec.scie-i12.turnover) is already used by"),
                run.err());
    }

    @Test
    void validateNamesFileAndLineForAMissingSource(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("factors/scie-factors.drl");
        TestFiles.edit(file, "    @source(\"SCIE-2020, Factors at the level of the innovation\")\n    @audience(ADOPTER, INNOVATOR)\n",
                "    @audience(ADOPTER, INNOVATOR)\n");
        int line = TestFiles.lineOf(file, "rule \"High staff turnover\"");
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("factors/scie-factors.drl:" + line + ": rule \"High staff turnover\" has no @source"), run.err());
    }

    @Test
    void validateNamesFileAndLineForAnUnknownRef(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve("factors/scie-factors.drl");
        TestFiles.edit(file, "@refs(SCIE-I14)", "@refs(SCIE-I15)");
        int line = TestFiles.lineOf(file, "@refs(SCIE-I15)");
        Run run = run("validate", "--rules", rules.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("factors/scie-factors.drl:" + line + ": rule \"Reluctance to work in partnership\": @refs names SCIE-I15"),
                run.err());
    }

    @Test
    void testRunsTheShippedCasesAndReportsCoverage() {
        Run run = run("test", "--rules", "rules", "--cases", "samples/cases", "--coverage");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*\\n\\d+ passed, 0 failed\\n$"), run.out());
        assertTrue(run.out().contains("coverage: "), run.out());
    }

    @Test
    void testPrintsWhatWasExpectedAndWhatCameBack(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("wrong.json"),
                "{\"note\":\"An empty plan cannot be ready.\",\"plan\":{\"title\":\"t\"},\"expect\":{\"verdict\":\"READY\",\"present\":[\"myth-1.information-only\"]}}");
        Run run = run("test", "--rules", "rules", "--cases", tmp.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAIL wrong"), run.out());
        assertTrue(run.out().contains("verdict: expected READY, got NEEDS_WORK"), run.out());
        assertTrue(run.out().contains("expected advice myth-1.information-only, but it is not given"), run.out());
        assertTrue(run.out().endsWith("0 passed, 1 failed\n"), run.out());
    }

    @Test
    void evaluatePrintsAReportOrJson() {
        Run report = run("evaluate", "samples/plans/research-aligned.json", "--rules", "rules");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("Verdict: READY"), report.out());
        assertTrue(report.out().contains("source: "), report.out());
        Run json = run("evaluate", "--json", "samples/plans/research-aligned.json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().startsWith("{\"evaluationId\":"), json.out());
    }

    /**
     * First actions are ordered by the problem each answers, so an answer to a diagnosed myth names the myth and its
     * band and score (three fresh reviewers read a MEDIUM answer above a HIGH item as a ranking error).
     */
    @Test
    void anActionThatAnswersAMythNamesTheMythAndItsScore() {
        Run report = run("evaluate", "samples/plans/myth-1-command-and-control.json", "--rules", "rules");
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().matches("(?s).*\\n  1\\. [^\\n]*\\(rec\\.myth-1\\.[a-z-]+\\), the answer to Myth 1 \\(the myth is CRITICAL \\d+\\)\\n.*"),
                report.out());
    }

    /** The text report numbers its items in the order a planner reads them (a fresh reviewer read 1-8, 15, 16, 9-14). */
    @Test
    void theReportNumbersItemsInReadingOrder() {
        Run report = run("evaluate", "samples/plans/absent-fields.json", "--rules", "rules");
        assertEquals(0, report.exit(), report.err());
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("(?m)^ ?(\\d+)\\. \\[").matcher(report.out());
        int expected = 0;
        while (numbers.find()) {
            assertEquals(++expected, Integer.parseInt(numbers.group(1)), report.out());
        }
        assertTrue(expected > 9, report.out());
    }

    @Test
    void theReportListsWhatAShortReportLeavesOutAfterTheRestUnderItsOwnHeading() {
        Run report = run("evaluate", "samples/plans/absent-fields.json", "--rules", "rules");
        assertEquals(0, report.exit(), report.err());
        String out = report.out();
        int heading = out.indexOf("More advice, left out of a short report:");
        assertTrue(heading > 0, out);
        assertFalse(out.contains("(folded"), out);
        Run json = run("evaluate", "--json", "samples/plans/absent-fields.json", "--rules", "rules");
        JsonNode advice;
        try {
            advice = new ObjectMapper().readTree(json.out()).path("advice");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        for (JsonNode item : advice) {
            int at = out.indexOf(". [" + item.path("priority").path("band").asText() + " " + item.path("priority").path("score").asInt()
                    + "] " + item.path("kind").asText() + ": " + item.path("title").asText() + "\n");
            assertTrue(at > 0, item.path("ruleId").asText() + " is in the report");
            assertEquals(item.path("folded").asBoolean(), at > heading, item.path("ruleId").asText() + " is on the side of the heading its folding says");
        }
    }
}
