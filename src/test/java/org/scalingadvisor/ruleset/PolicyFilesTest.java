package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Policies load with the rules: a trainer's mistake in one is refused at its file and line, like a rule's. */
class PolicyFilesTest {

    private final RulesetCompiler compiler = new RulesetCompiler();

    private static String errors(RulesetCompiler.Outcome outcome) {
        return outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    private RulesetCompiler.Outcome withPolicy(Path tmp, String name, String text) throws IOException {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("policies").resolve(name), text);
        return compiler.compile(rules);
    }

    @Test
    void theShippedPoliciesLoad() {
        RulesetCompiler.Outcome outcome = compiler.compile(TestFiles.RULES);
        assertEquals(List.of(), outcome.problems());
        assertEquals(List.of("lenient", "strict"), List.copyOf(outcome.ruleset().policies().names()));
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLine(@TempDir Path tmp) throws IOException {
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.yml", """
                name: tender
                description: d
                rationale: r
                failWhen:
                  myths: [MYTH-1, MYTH-2
                  verdicts: [NOT_READY]
                """);
        assertFalse(outcome.ok());
        assertTrue(errors(outcome).matches("(?s)policies/tender\\.yml:[56]: YAML syntax error.*"), errors(outcome));
    }

    @Test
    void unknownMythsQuestionsBandsVerdictsAndKeysAreEachNamedAtTheirLine(@TempDir Path tmp) throws IOException {
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.yml", """
                name: tender
                description: For a tender.
                rationale: Because.
                failWhen:
                  verdicts: [READY]
                  itemsInBand:
                    SEVERE: 1
                    HIGH: lots
                  myths: [MYTH-6]
                  unansweredQuestions:
                    - gap.fundin
                    - SCIE-I99
                    - rec.mech-2.1.case-for-change
                    - MECH-2.1
                  colour: red
                """);
        String errors = errors(outcome);
        assertFalse(outcome.ok());
        assertTrue(errors.contains("policies/tender.yml:5: verdict 'READY' cannot fail a plan"), errors);
        assertTrue(errors.contains("policies/tender.yml:7: unknown band 'SEVERE'"), errors);
        assertTrue(errors.contains("policies/tender.yml:8: HIGH needs a whole number"), errors);
        assertTrue(errors.contains("policies/tender.yml:9: 'MYTH-6' is not a myth in knowledge.md"), errors);
        assertTrue(errors.contains("policies/tender.yml:11: 'gap.fundin' is not the id of any rule"), errors);
        assertTrue(errors.contains("policies/tender.yml:12: 'SCIE-I99' is not a knowledge id any question (GAP rule) cites"), errors);
        assertTrue(errors.contains("policies/tender.yml:13: 'rec.mech-2.1.case-for-change' is a RECOMMENDATION rule, not a question"), errors);
        assertTrue(errors.contains("policies/tender.yml:14: 'MECH-2.1' is not a knowledge id any question (GAP rule) cites"), errors);
        assertTrue(errors.contains("policies/tender.yml:15: unknown key 'colour' in failWhen"), errors);
    }

    @Test
    void aPolicyNeedsItsWordsAndAName(@TempDir Path tmp) throws IOException {
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.yml", """
                name: Tender
                failWhen: {}
                """);
        String errors = errors(outcome);
        assertTrue(errors.contains("policies/tender.yml:1: name 'Tender' should be lower case"), errors);
        assertTrue(errors.contains("missing description"), errors);
        assertTrue(errors.contains("missing rationale"), errors);
        assertTrue(errors.contains("policies/tender.yml:2: failWhen names no criterion"), errors);
        RulesetCompiler.Outcome misnamed = withPolicy(tmp.resolve("b"), "tender.yml", "name: other\ndescription: d\nrationale: r\n"
                + "failWhen:\n  myths: any\n");
        assertTrue(errors(misnamed).contains("policies/tender.yml:1: name 'other' must match the file name ('tender')"), errors(misnamed));
    }

    @Test
    void aFileInPoliciesThatIsNotAPolicyIsRefusedRatherThanIgnored(@TempDir Path tmp) throws IOException {
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.json", "{\"name\": \"tender\"}");
        assertFalse(outcome.ok());
        assertTrue(errors(outcome).startsWith("policies/tender.json: is not a policy"), errors(outcome));
    }

    @Test
    void aPolicyFileCannotBuildObjects(@TempDir Path tmp) throws IOException {
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.yml", """
                name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                description: d
                rationale: r
                failWhen:
                  myths: any
                """);
        assertFalse(outcome.ok());
        assertTrue(errors(outcome).startsWith("policies/tender.yml:1: "), errors(outcome));
    }

    @Test
    void aValidPolicyAddsToTheShippedOnesAndChangesTheVersion(@TempDir Path tmp) throws IOException {
        String before = new RulesFolder(TestFiles.RULES).version();
        RulesetCompiler.Outcome outcome = withPolicy(tmp, "tender.yaml", """
                name: tender
                description: For a tender.
                rationale: Myth 4 is what this fund exists to avoid.
                failWhen:
                  myths: MYTH-4
                  unansweredQuestions: [SCIE-E08]
                """);
        assertEquals(List.of(), outcome.problems());
        Policy tender = outcome.ruleset().policies().named("tender").orElseThrow();
        assertEquals(List.of("MYTH-4"), tender.failWhen().myths());
        assertEquals(List.of("SCIE-E08"), tender.failWhen().unansweredQuestions());
        assertFalse(before.equals(outcome.version()), "a policy is part of the rule set's version");
    }
}
