package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.cli.Cli;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, finding 1: rule edits that ran code or held the machine while the gate said OK. Each
 * must be refused with file:line by the compiler, by {@code validate} and by a reload, and never run.
 */
class DangerousRuleEditsTest {

    private static final String MYTH_4 = "myths/myth-4-supply.drl";

    private static RulesetCompiler gated() {
        return new RulesetCompiler(new TrialRun(Path.of("samples"), 2000));
    }

    private static String rule(String name, String metadata, String when) {
        return "\nrule \"" + name + "\"\n    @id(finding." + name.toLowerCase().replace(' ', '-') + ")\n    @kind(FINDING)\n"
                + "    @source(\"ALBURY, Myth 4\")\n" + metadata + "when\n" + when + "\nthen\n    conclude(kcontext);\nend\n";
    }

    private static void append(Path rules, String text) throws IOException {
        Files.writeString(rules.resolve(MYTH_4), text, StandardOpenOption.APPEND);
    }

    private static String errors(RulesetCompiler.Outcome outcome) {
        return outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aMetadataExpressionIsRefusedAtItsLineAndNeverRuns(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path marker = tmp.resolve("marker");
        append(rules, rule("Makes a file", "    @title(new java.io.File(\"" + marker + "\").createNewFile())\n",
                "    Answer(field == \"title\")"));
        append(rules, rule("Reads the host", "    @message(\"host: \" + java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")))\n",
                "    Answer(field == \"title\")"));
        append(rules, rule("Calls a method", "    @title(System.getProperty(\"user.name\"))\n", "    Answer(field == \"title\")"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        String errors = errors(outcome);
        Path file = rules.resolve(MYTH_4);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "@title(new java.io.File") + ": @title(new java.io.File("), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "@message(\"host: \"") + ": @message("), errors);
        assertTrue(errors.contains(MYTH_4 + ":" + TestFiles.lineOf(file, "@title(System") + ": @title("), errors);
        assertTrue(errors.contains("must be a plain value"), errors);
        assertFalse(Files.exists(marker), "building the rule base must never have run the metadata");
    }

    @Test
    void validateRefusesAMetadataExpressionWithoutRunningIt(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path marker = tmp.resolve("marker");
        append(rules, rule("Makes a file", "    @title(new java.io.File(\"" + marker + "\").createNewFile())\n",
                "    Answer(field == \"title\")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--rules", rules.toString());
        assertEquals(1, exit, out + "\n" + err);
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "@title(new java.io.File");
        assertTrue((out.toString() + err).contains(MYTH_4 + ":" + line + ": @title("), out + "\n" + err);
        assertFalse(Files.exists(marker));
    }

    @Test
    void aValueThatLooksLikeAJavaNameIsKeptAsTheTextItIs(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Names a field", "    @title(java.lang.System.out)\n", "    Answer(field == \"title\")"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertTrue(outcome.ok(), errors(outcome));
        RuleInfo info = outcome.ruleset().rule("finding.names-a-field").orElseThrow();
        assertEquals("java.lang.System.out", info.title(), "a bare value is the text typed, never a Java field's value");
    }

    @Test
    void aDoubleQuoteOrEscapeInsideATextIsRefusedWithAHint(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Quotes", "    @title(\"say \\\"hello\\\" to them\")\n", "    Answer(field == \"title\")"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "@title(\"say");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": @title: the text holds a backslash"), errors(outcome));
    }

    @Test
    void aRegularExpressionInAConditionIsRefused(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Backtracks", "", "    Answer(field == \"title\", value matches \"(.*a){12}\")"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "value matches");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": rule \"Backtracks\": 'matches' is not allowed"), errors(outcome));
    }

    @Test
    void aJoinOfMoreThanTwoOpenPatternsIsRefused(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Four way", "", "    Activity($a : startMonth)\n    Activity(type == \"TRAINING\")\n"
                + "    Activity(endMonth > $a)\n    Activity()"));
        append(rules, rule("Keyed", "", "    $a : Activity()\n    Activity(id == $a.id)\n    Activity(id == $a.id)\n"
                + "    Finding(id == \"finding.spread.no-support\")\n    Answer(field == \"title\")"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        String errors = errors(outcome);
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "Activity(endMonth > $a)");
        assertTrue(errors.contains(MYTH_4 + ":" + line + ": rule \"Four way\" joins 4 patterns (Activity, Activity, Activity, Activity)"), errors);
        assertFalse(errors.contains("\"Keyed\""), "patterns tied by == to a binding, or named by id, are keyed: " + errors);
    }

    @Test
    void joinsInsideBracketsNotExistsOrAccumulateCountToo(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Grouped", "", "    ( Activity() and Activity() and Activity() )"));
        append(rules, rule("Negated group", "", "    not ( Activity() and Activity() and Activity() and Activity() )"));
        append(rules, rule("Counted", "", "    Number(intValue > 0) from accumulate( Activity() and Activity() and Activity(), count() )"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        String errors = errors(outcome);
        for (String name : java.util.List.of("Grouped", "Negated group", "Counted")) {
            assertTrue(errors.contains("rule \"" + name + "\" joins "), name + ": " + errors);
        }
    }

    @Test
    void aUnicodeEscapeAnywhereIsRefused(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, "\n// a comment that hides a line break \\u000a rule \"x\" when then end\n");
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok());
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "a comment that hides");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": '\\u' escapes are not allowed"), errors(outcome));
    }

    @Test
    void aReloadWithADangerousEditKeepsTheLastGoodRulesServing(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path marker = tmp.resolve("marker");
        RulesetHolder holder = new RulesetHolder(rules.toString(), new TrialRun(Path.of("samples"), 2000));
        assertTrue(holder.reload("start").ok());
        String good = holder.current().version();
        append(rules, rule("Makes a file", "    @title(new java.io.File(\"" + marker + "\").createNewFile())\n",
                "    Answer(field == \"title\")"));
        assertEquals("FAILED", holder.reload("edit").status());
        assertEquals(good, holder.current().version());
        assertFalse(Files.exists(marker));
    }

    @Test
    void theTrialRunIncludesAValidPlanAtTheSizeCaps() {
        assertTrue(new TrialRun(Path.of("samples"), 2000).plans().containsKey("a plan at the size caps"),
                "the plan at the caps must be a valid plan, or the trial would silently leave it out");
    }

    @Test
    void aRuleWhoseCostGrowsWithThePlanIsRefusedOnThePlanAtTheCaps(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        append(rules, rule("Every pair", "", "    Activity()\n    Activity()"));
        RulesetCompiler.Outcome outcome = gated().compile(rules);
        assertFalse(outcome.ok(), "two open Activity patterns are within the join budget, but not at the size caps");
        int line = TestFiles.lineOf(rules.resolve(MYTH_4), "rule \"Every pair\"");
        assertTrue(errors(outcome).contains(MYTH_4 + ":" + line + ": rule \"Every pair\""), errors(outcome));
        assertTrue(errors(outcome).contains("a plan at the size caps"), errors(outcome));
    }

    @Test
    void anEvaluationPastItsDeadlineIsStoppedAndTheRulesKeepServing() throws Exception {
        org.scalingadvisor.ruleset.Ruleset ruleset = new RulesetCompiler().compile(TestFiles.RULES).ruleset();
        org.scalingadvisor.plan.ScalingPlan atCaps = new org.scalingadvisor.plan.PlanReader().read(PlanAtCaps.json());
        long started = System.nanoTime();
        EvaluationDeadlineException stopped = org.junit.jupiter.api.Assertions.assertThrows(EvaluationDeadlineException.class,
                () -> new Evaluator(1).evaluate(atCaps, ruleset, null));
        assertEquals(1, stopped.deadlineMillis());
        assertTrue(System.nanoTime() - started < 2_000_000_000L, "stopped promptly");
        assertFalse(new Evaluator().evaluate(atCaps, ruleset, null).advice().isEmpty(), "the same rules answer afterwards");
    }
}
