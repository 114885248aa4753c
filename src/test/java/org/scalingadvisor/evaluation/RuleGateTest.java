package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, findings 2, 3, 5 and 6: the gate every rule set passes before it is served. Each edit
 * is one a prober made go live; each must now be refused with file:line while the last good
 * rules keep serving.
 */
class RuleGateTest {

    private static final String MYTH_4 = "myths/myth-4-supply.drl";

    private static RulesetCompiler gated() {
        return new RulesetCompiler(new TrialRun(Path.of("samples"), 2000));
    }

    private static String rule(String name, String id, String when, String then) {
        return "\nrule \"" + name + "\"\n    @id(" + id + ")\n    @kind(FINDING)\n    @source(\"ALBURY, Myth 4\")\nwhen\n"
                + when + "\nthen\n    " + then + "\nend\n";
    }

    private static void append(Path rules, String text) throws IOException {
        Files.writeString(rules.resolve(MYTH_4), text, StandardOpenOption.APPEND);
    }

    private static String errors(RulesetCompiler.Outcome outcome) {
        return outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    // Finding 2: rules that compile but fail at run time.

    @Test
    void aConditionThatThrowsOnTheSamplePlansIsRefusedAtItsRule(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Divides by zero", "finding.divides", "    Activity($m : startMonth, startKnown)\n"
                + "    Activity(startMonth / ($m - $m) > 1)", "conclude(kcontext);"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "rule \"Divides by zero\"");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": rule \"Divides by zero\" fails at run time on "), errors(outcome));
        assertTrue(errors(outcome).contains("ArithmeticException"), errors(outcome));
    }

    @Test
    void aConsequenceOtherThanConcludeKcontextIsRefused(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Concludes nothing", "finding.null", "    Answer(field == \"title\")", "conclude(null);"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        assertTrue(errors(outcome).matches("(?s).*" + MYTH_4 + ":\\d+: rule \"Concludes nothing\": the consequence must be exactly"
                + " 'conclude\\(kcontext\\);'.*"), errors(outcome));
    }

    @Test
    void aRuleThatFiresUpToTheFiringCapIsRefusedAtItsRule(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        // Every pair of the plan's answers, for each of several named ones: tens of thousands of firings.
        append(rules, rule("Fires without end", "finding.combinations", "    Answer() Answer()\n    Answer(field in (\"title\","
                + " \"sector\", \"stage\", \"planType\", \"durationMonths\", \"innovation.nature\", \"approach.routes\","
                + " \"innovation.evidence\"))", "conclude(kcontext);"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "rule \"Fires without end\"");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": rule \"Fires without end\" fired 20000 times on ")
                && errors(outcome).contains(" without settling (the firing cap)"), errors(outcome));
    }

    @Test
    void theTrialUsesTheSamplesFoundAtRunTimeAndTheBundledPlan(@TempDir Path tmp) throws IOException {
        Path samples = tmp.resolve("samples");
        Files.createDirectories(samples.resolve("plans"));
        Files.createDirectories(samples.resolve("cases"));
        Files.writeString(samples.resolve("plans/a.json"), "{\"title\": \"a\"}");
        Files.writeString(samples.resolve("cases/b.json"), "{\"note\": \"n\", \"plan\": {\"title\": \"inline\"}, \"expect\": {}}");
        Files.writeString(samples.resolve("plans/not-a-plan.json"), "{\"nope\": 1}");
        assertEquals(List.of("the bundled plan", "a plan at the size caps", "samples/plans/a.json", "samples/cases/b.json"),
                List.copyOf(new TrialRun(samples, 2000).plans().keySet()));
        assertEquals(List.of("the bundled plan", "a plan at the size caps"), List.copyOf(new TrialRun(tmp.resolve("none"), 2000).plans().keySet()));
    }

    @Test
    void aRuleThatFailsAtRunTimeIsNeverServedAndTheLastGoodRulesKeepServing(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        RulesetHolder holder = new RulesetHolder(rules.toString(), new TrialRun(Path.of("samples"), 2000));
        assertTrue(holder.reload("start").ok());
        String good = holder.current().version();
        append(rules, rule("Divides by zero", "finding.divides", "    Activity($m : startMonth, startKnown)\n"
                + "    Activity(startMonth / ($m - $m) > 1)", "conclude(kcontext);"));
        assertEquals("FAILED", holder.reload("edit").status());
        assertEquals(good, holder.current().version());
    }

    // Finding 3: a rule file can run any code.

    @Test
    void fileAndNetworkIoInAConsequenceOrConditionIsRefusedAndNeverRuns(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path written = tmp.resolve("written.txt");
        append(rules, rule("Writes a file", "finding.writes", "    $t : Answer(field == \"title\")",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written + "\"), $t.getValue());"));
        append(rules, rule("Opens a socket", "finding.socket",
                "    Answer(field == \"title\", new java.net.Socket(\"127.0.0.1\", 9).isConnected())", "conclude(kcontext);"));
        append(rules, rule("Reads a file", "finding.reads",
                "    Answer(field == \"title\", value == java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")))",
                "conclude(kcontext);"));
        append(rules, rule("Evaluates", "finding.eval", "    eval(System.getenv(\"HOME\") != null)", "conclude(kcontext);"));
        append(rules, "\nfunction void boom() { System.exit(1); }\n");
        append(rules, "\nimport java.io.File;\n");
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        String errors = errors(outcome);
        Path file = rules.resolve(MYTH_4);
        assertTrue(errors.contains(MYTH_4 + ":" + (TestFiles.lineOf(file, "java.nio.file.Files.writeString")) + ": rule \"Writes a file\": the consequence must be exactly"), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "new java.net.Socket") + ": rule \"Opens a socket\": 'new' is not allowed"), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "Files.readString") + ": rule \"Reads a file\": 'java.nio.file.Files' is not a fact type"), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "eval(System") + ": rule \"Evaluates\": 'eval' is not allowed"), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "function void boom") + ": 'function' is not allowed in a rules file"), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "import java.io.File") + ": import java.io.File is not allowed"), errors);
        assertFalse(Files.exists(written), "the consequence must never have run");
    }

    @Test
    void everyConstructTheGuideAllowsPasses(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Uses what the guide allows", "finding.allowed", String.join("\n",
                "    Threshold(name == \"supply.budget.share\", $share : value)",
                "    $a : Activity(type in (\"PILOT\", \"TRAINING\"), type not in (\"OTHER\"), budget >= 0 || !budgetKnown,",
                "                  audiences contains \"CARERS\" || audiences not contains \"CARERS\", type != \"WEBSITE\")",
                "    not Finding(id == \"finding.none\")",
                "    exists ( Answer(field == \"sector\") or Missing(field == \"sector\") )",
                "    forall ( $s : Stakeholder() Stakeholder(this == $s) )",
                "    $n : Number(intValue >= 0) from accumulate( Activity($b : budget), count($b) )",
                "    accumulate( Activity(budgetKnown, $b : budget); $total : sum($b), $max : max($b), $avg : average($b),",
                "                $min : min($b), $list : collectList($b), $set : collectSet($b) )",
                "    Activity(budget * 2 > $share * $total, startMonth - $a.startMonth < $n.intValue(), type memberOf $set || true)"),
                "conclude(kcontext);"));
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(rules);
        assertEquals("", errors(outcome));
    }

    // Finding 5: a missing threshold silently changes advice.

    @Test
    void aThresholdARuleUsesMustExist(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path thresholds = rules.resolve("thresholds.properties");
        Files.writeString(thresholds, Files.readAllLines(thresholds).stream()
                .filter(line -> !line.startsWith("supply.budget.share")).collect(Collectors.joining("\n")));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve("findings/budget.drl"), "Threshold(name == \"supply.budget.share\"");
        assertTrue(errors(outcome).contains("findings/budget.drl:" + line + ": rule \"") && errors(outcome)
                .contains("uses the threshold 'supply.budget.share', which thresholds.properties does not set"), errors(outcome));
    }

    // Finding 6: symlinks are followed.

    @Test
    void aLinkOutOfTheFolderIsRefusedWithoutEchoingWhatItPointsAt(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path secret = tmp.resolve("outside/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "rule \"TOP-SECRET-PASSWORD\" when then end\nTOP-SECRET-PASSWORD");
        Files.createSymbolicLink(rules.resolve("myths/stolen.drl"), secret);
        Files.move(rules.resolve("knowledge.md"), tmp.resolve("outside/knowledge.md"));
        Files.createSymbolicLink(rules.resolve("knowledge.md"), tmp.resolve("outside/knowledge.md"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        String errors = errors(outcome);
        assertTrue(errors.contains("myths/stolen.drl: is a link to somewhere outside the rules folder; it was not read"), errors);
        assertTrue(errors.contains("knowledge.md: is a link to somewhere outside the rules folder"), errors);
        assertFalse(errors.contains("TOP-SECRET"), errors);
        assertFalse(errors.contains(tmp.resolve("outside").toString()), "the link's target is not shown: " + errors);
    }

    // Finding 4 (second half): a huge file.

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        try (RandomAccessFile big = new RandomAccessFile(rules.resolve("myths/huge.drl").toFile(), "rw")) {
            big.setLength(150L * 1024 * 1024);
        }
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        assertTrue(errors(outcome).contains("myths/huge.drl: is 153600 KB, over the limit of 1024 KB"), errors(outcome));
    }
}
