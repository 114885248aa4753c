package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesetCompilerTest {

    private final RulesetCompiler compiler = new RulesetCompiler();

    @Test
    void shippedRulesLoadWithoutProblems() {
        RulesetCompiler.Outcome outcome = compiler.compile(TestFiles.RULES);
        assertEquals(List.of(), outcome.problems());
        assertTrue(outcome.ok());
        Ruleset ruleset = outcome.ruleset();
        assertTrue(ruleset.rules().size() > 50, "the rule base should be substantial");
        for (RuleInfo rule : ruleset.rules()) {
            assertTrue(Files.isRegularFile(TestFiles.RULES.resolve(rule.file())), rule.ruleId() + " names a file that exists");
            assertTrue(rule.line() > 0, rule.ruleId() + " has a line");
            assertFalse(ruleset.drl(rule.ruleId()).orElse("").isBlank(), rule.ruleId() + " has its DRL text");
        }
    }

    @Test
    void everyRuleCitesOnlyCatalogueIdsAndEveryCatalogueIdIsCited() {
        Ruleset ruleset = compiler.compile(TestFiles.RULES).ruleset();
        Set<String> cited = new TreeSet<>();
        List<String> unknown = ruleset.rules().stream()
                .flatMap(r -> r.refs().stream().filter(ref -> !ruleset.knowledge().hasItem(ref)).map(ref -> r.ruleId() + " -> " + ref))
                .toList();
        ruleset.rules().forEach(r -> cited.addAll(r.refs()));
        List<String> uncited = ruleset.knowledge().items().stream().map(KnowledgeCatalogue.Item::id)
                .filter(id -> !cited.contains(id)).toList();
        assertEquals(List.of(), unknown, "refs to unknown knowledge ids");
        assertEquals(List.of(), uncited, "catalogue items no rule cites");
        assertEquals(50, ruleset.knowledge().items().size(), "the catalogue holds every id of KNOWLEDGE.md");
    }

    @Test
    void theVersionIsAContentHash(@TempDir Path tmp) throws IOException {
        Path copy = TestFiles.copyRules(tmp.resolve("rules"));
        String before = new RulesFolder(copy).version();
        assertEquals(new RulesFolder(TestFiles.RULES).version(), before, "same content, same version");
        Files.writeString(copy.resolve("thresholds.properties"), "\n# a comment\n", java.nio.file.StandardOpenOption.APPEND);
        assertFalse(before.equals(new RulesFolder(copy).version()), "any edit changes the version");
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileAndLine(@TempDir Path tmp) {
        Path copy = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = copy.resolve("myths/myth-2-transfer.drl");
        TestFiles.edit(file, "    $barriers : Answer(field == \"enablers.regulatoryBarriers\", value == \"true\")\n",
                "    $barriers : Answer(field == \"enablers.regulatoryBarriers\", value == \"true\"\n");
        int line = TestFiles.lineOf(file, "field == \"enablers.regulatoryBarriers\", value == \"true\"") + 1;
        List<RuleProblem> problems = compiler.compile(copy).problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("myths/myth-2-transfer.drl")
                        && Math.abs(p.line() - line) <= 1 && p.message().contains("syntax error")),
                "expected a syntax error near myths/myth-2-transfer.drl:" + line + ", got " + problems);
    }

    @Test
    void problemsAreReportedForEachConvention(@TempDir Path tmp) {
        Path copy = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = copy.resolve("mechanisms/demand.drl");
        TestFiles.edit(file, "@id(rec.mech-2.2.vision)", "@id(rec.mech-2.1.case-for-change)");
        TestFiles.edit(file, "    @source(\"ALBURY, Mechanism 2\")\n    @audience(INNOVATOR, SYSTEM_LEADER)\n    @base(30)",
                "    @audience(INNOVATOR, SYSTEM_LEADER)\n    @base(30)");
        TestFiles.edit(file, "@refs(MECH-2.1)", "@refs(MECH-2.1, MECH-9)");
        List<String> problems = compiler.compile(copy).problems().stream().map(RuleProblem::toString).toList();
        String all = String.join("\n", problems);
        int duplicate = TestFiles.lineOf(file, "rule \"No shared vision\"") + 1;
        assertTrue(all.contains("mechanisms/demand.drl:" + duplicate + ": rule \"No shared vision\": @id(rec.mech-2.1.case-for-change) is already used by"), all);
        assertTrue(all.contains("has no @source"), all);
        assertTrue(all.contains("names MECH-9, which is not an id in knowledge.md"), all);
    }

    @Test
    void aDuplicateRuleNameIsAnError(@TempDir Path tmp) throws IOException {
        Path copy = TestFiles.copyRules(tmp.resolve("rules"));
        String original = Files.readString(copy.resolve("myths/myth-2-transfer.drl"));
        Files.writeString(copy.resolve("myths/copy.drl"), original.replace("@id(", "@id(copy."));
        List<RuleProblem> problems = compiler.compile(copy).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("another rule is already named")), problems.toString());
    }
}
