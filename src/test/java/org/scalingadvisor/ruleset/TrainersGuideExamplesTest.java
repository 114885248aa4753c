package org.scalingadvisor.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.cases.CaseRunner;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.plan.PlanReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 11: the trainers' guide's examples are tests. Every example block of rules/README.md is
 * taken out and checked: a test case runs and passes on the shipped rules; a rule passes the whole gate
 * when added to a copy of the rules folder (in place of a shipped rule of the same id); a policy loads.
 */
class TrainersGuideExamplesTest {

    private static final Path GUIDE = Path.of("rules", "README.md");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"\\s*\\n\\s*@id\\(([^)]+)\\)");

    /** A fenced block of the guide: its language tag, its text and the line it starts on. */
    record Block(String language, String text, int line) {
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = Files.readAllLines(GUIDE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(lines.get(start).substring(3).trim(), text.toString(), start + 1));
            }
        }
        return blocks;
    }

    @Test
    void theGuideHasTheExamplesThisTestChecks() throws IOException {
        List<Block> blocks = blocks();
        assertEquals(1, blocks.stream().filter(b -> b.text().startsWith("package ")).count(), "the template's header");
        assertEquals(2, blocks.stream().filter(b -> b.text().startsWith("rule \"")).count(), "the rule examples");
        assertEquals(1, blocks.stream().filter(b -> b.language().equals("json")).count(), "the test case example");
        assertEquals(1, blocks.stream().filter(b -> b.language().equals("yaml")).count(), "the policy example");
    }

    @Test
    void theTestCaseExamplePassesOnTheShippedRules(@TempDir Path tmp) throws IOException {
        Ruleset shipped = new RulesetCompiler().compile(TestFiles.RULES).ruleset();
        ObjectMapper json = new ObjectMapper();
        for (Block block : blocks().stream().filter(b -> b.language().equals("json")).toList()) {
            ObjectNode example = (ObjectNode) json.readTree(block.text());
            // The example names its plan as a case in samples/cases would.
            example.put("plan", TestFiles.CASES.resolve(example.path("plan").asText()).toAbsolutePath().normalize().toString());
            Path file = tmp.resolve("guide-line-" + block.line() + ".json");
            json.writeValue(file.toFile(), example);
            CaseRunner.Result result = new CaseRunner(new PlanReader(), new Evaluator()).run(file, shipped);
            assertTrue(result.passed(), GUIDE + ":" + block.line() + ": the example case fails: " + result.failures());
        }
    }

    @Test
    void everyRuleExamplePassesTheGateInACopyOfTheRules(@TempDir Path tmp) throws IOException {
        List<Block> blocks = blocks();
        String header = blocks.stream().filter(b -> b.text().startsWith("package ")).findFirst().orElseThrow().text();
        for (Block block : blocks.stream().filter(b -> b.text().startsWith("rule \"")).toList()) {
            Path rules = TestFiles.copyRules(tmp.resolve("line-" + block.line()));
            Matcher m = RULE_NAME.matcher(block.text());
            assertTrue(m.find(), GUIDE + ":" + block.line() + ": the example has no rule name and @id");
            removeShippedRule(rules, m.group(2).trim());
            Files.writeString(rules.resolve("guide-example.drl"), header + "\n" + block.text());
            RulesetCompiler.Outcome outcome = new RulesetCompiler(new TrialRun(Path.of("samples"), 2000)).compile(rules);
            assertTrue(outcome.ok(), GUIDE + ":" + block.line() + ": the example does not pass the gate:\n"
                    + outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
            assertTrue(outcome.ruleset().rule(m.group(2).trim()).isPresent());
        }
    }

    @Test
    void thePolicyExampleLoadsWithTheShippedRules(@TempDir Path tmp) throws IOException {
        for (Block block : blocks().stream().filter(b -> b.language().equals("yaml")).toList()) {
            Path rules = TestFiles.copyRules(tmp.resolve("line-" + block.line()));
            Matcher name = Pattern.compile("(?m)^name: ([\\w-]+)").matcher(block.text());
            assertTrue(name.find(), GUIDE + ":" + block.line() + ": the policy example has no name");
            Files.writeString(rules.resolve("policies").resolve(name.group(1) + ".yml"), block.text());
            RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(rules);
            assertTrue(outcome.ok(), GUIDE + ":" + block.line() + ": the policy example does not load:\n"
                    + outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
            assertTrue(outcome.ruleset().policies().named(name.group(1)).isPresent());
        }
    }

    /** Takes the shipped rule with this id out of the copy, as a trainer replacing it with the guide's version would. */
    private static void removeShippedRule(Path rules, String id) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(rules)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            int at = text.indexOf("@id(" + id + ")");
            if (at >= 0) {
                int start = text.lastIndexOf("\nrule \"", at) + 1;
                int end = text.indexOf("\nend", at) + "\nend".length();
                Files.writeString(file, text.substring(0, start) + text.substring(end));
                return;
            }
        }
        assertFalse(id.isEmpty());
    }
}
