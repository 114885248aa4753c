package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.evaluation.TrialRun;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, items 9, 10 and 12: the edits a trainer makes by mistake are refused at their file and line in
 * the trainer's words (with the name they probably meant), before anything goes live.
 */
class TrainerTyposTest {

    private static final String MYTH_1 = "myths/myth-1-informational.drl";
    private static final String QUESTIONS = "factors/questions.drl";
    private static final String ENABLING = "mechanisms/enabling.drl";
    private static final String SEQUENTIAL = "myths/myth-3-sequential.drl";

    private static String refusal(Path rules) {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(rules);
        assertFalse(outcome.ok(), "the edit was accepted");
        return outcome.problems().stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aMisspeltQuotedFieldNameIsRefusedWithTheFieldMeant(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(MYTH_1), "\"innovation.changesProfessionalRoles\"", "\"innovation.changesProfesionalRoles\"");
        int line = TestFiles.lineOf(rules.resolve(MYTH_1), "changesProfesionalRoles");
        String errors = refusal(rules);
        assertTrue(errors.contains(MYTH_1 + ":" + line + ": rule \"") && errors.contains("'innovation.changesProfesionalRoles'"
                + " is not a field of the plan (did you mean 'innovation.changesProfessionalRoles'?)"), errors);
    }

    @Test
    void aMisspeltFieldInAMissingPatternIsRefused(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(QUESTIONS), "Missing(field == \"resources.staffTurnover\")", "Missing(field == \"resources.stafTurnover\")");
        int line = TestFiles.lineOf(rules.resolve(QUESTIONS), "stafTurnover");
        String errors = refusal(rules);
        assertTrue(errors.contains(QUESTIONS + ":" + line + ": rule \"")
                && errors.contains("(did you mean 'resources.staffTurnover'?)"), errors);
    }

    @Test
    void aDerivedCountFieldIsAFieldAndAMisspeltOneIsNot(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(QUESTIONS), "Missing(field == \"resources.staffTurnover\")",
                "Missing(field == \"resources.staffTurnover\")\n    not Answer(field == \"approach.routes.cuont\", number > 0)");
        int line = TestFiles.lineOf(rules.resolve(QUESTIONS), "routes.cuont");
        String errors = refusal(rules);
        assertTrue(errors.contains(QUESTIONS + ":" + line + ": ") && errors.contains("(did you mean 'approach.routes.count'?)"), errors);
        assertEquals(1, errors.lines().count(), errors);
    }

    @Test
    void aValueTheFieldCannotTakeIsRefusedWithTheValuesItCan(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(ENABLING), "value == \"ACTIVE\"", "value == \"ACTVE\"");
        int line = TestFiles.lineOf(rules.resolve(ENABLING), "ACTVE");
        String errors = refusal(rules);
        assertTrue(errors.contains(ENABLING + ":" + line + ": rule \"") && errors.contains("'ACTVE' is not a value of"
                + " enablers.leadershipSupport (did you mean 'ACTIVE'?); its values are ACTIVE, NONE, PASSIVE"), errors);
    }

    @Test
    void everyValueOfAnInListIsChecked(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(QUESTIONS), "value in (\"ADULT_SOCIAL_CARE\", \"CHILDREN_SOCIAL_CARE\")",
                "value in (\"ADULT_SOCIAL_CARE\", \"CHILDRENS_SOCIAL_CARE\")");
        int line = TestFiles.lineOf(rules.resolve(QUESTIONS), "CHILDRENS_SOCIAL_CARE");
        String errors = refusal(rules);
        assertTrue(errors.contains(QUESTIONS + ":" + line + ": ") && errors.contains("'CHILDRENS_SOCIAL_CARE' is not a value of sector"
                + " (did you mean 'CHILDREN_SOCIAL_CARE'?)"), errors);
    }

    @Test
    void anActivityTypeThatDoesNotExistIsRefused(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(SEQUENTIAL), "$pilot : Activity(type == \"PILOT\"", "$pilot : Activity(type == \"PILOTS\"");
        int line = TestFiles.lineOf(rules.resolve(SEQUENTIAL), "\"PILOTS\"");
        String errors = refusal(rules);
        assertTrue(errors.contains(SEQUENTIAL + ":" + line + ": ") && errors.contains("'PILOTS' is not a value of Activity.type"
                + " (did you mean 'PILOT'?)"), errors);
    }

    @Test
    void aGroupThatDoesNotExistInTheClaimsTableIsRefused(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        String categories = "activity-categories.md";
        TestFiles.edit(rules.resolve(categories), "POLICY_ENGAGEMENT with COMMISSIONERS", "POLICY_ENGAGEMENT with COMMISIONERS");
        int line = TestFiles.lineOf(rules.resolve(categories), "with COMMISIONERS");
        String errors = refusal(rules);
        assertTrue(errors.contains(categories + ":" + line + ": 'COMMISIONERS' is not a stakeholder group of the plan"), errors);
    }

    @Test
    void aMisspeltPropertyGetsAMessageNotDroolsStrictModeError(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        TestFiles.edit(rules.resolve(SEQUENTIAL), "$pilot : Activity(type == \"PILOT\"", "$pilot : Activity(typ == \"PILOT\"");
        int line = TestFiles.lineOf(rules.resolve(SEQUENTIAL), "Activity(typ ==");
        String errors = refusal(rules);
        assertTrue(errors.contains(SEQUENTIAL + ":" + line + ": rule \"") && errors.contains("Activity has no property 'typ'"
                + " (did you mean 'type'?)"), errors);
        assertFalse(errors.contains("strict-mode"), errors);
    }

    @Test
    void droolsOwnStrictModeErrorIsTranslatedTooWhereverItComesFrom() {
        String raw = "Unable to Analyse Expression typ == \"PILOT\": [Error: unable to resolve method using strict-mode:"
                + " org.scalingadvisor.facts.Activity.typ()] [Near : {... typ == \"PILOT\" ....}] ^ [Line: 242, Column: 4]";
        String message = DroolsMessages.translate(raw).orElseThrow();
        assertTrue(message.startsWith("Activity has no property 'typ' (did you mean 'type'?); its properties are ["), message);
    }

    @Test
    void aMissingEndIsNamed(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve(SEQUENTIAL);
        int rule = TestFiles.lineOf(file, "$pilot : Activity(type == \"PILOT\"");
        String text = read(file);
        int then = text.indexOf("conclude(kcontext);", nthLineStart(text, rule));
        int end = text.indexOf("\nend", then);
        write(file, text.substring(0, end) + text.substring(end + 4));
        String errors = refusal(rules);
        assertTrue(errors.matches("(?s).*" + SEQUENTIAL + ":\\d+: rule \"[^\"]+\" has no 'end': every rule ends with a line holding only 'end'.*"),
                errors);
        assertFalse(errors.contains("consequence must be exactly"), errors);
    }

    @Test
    void doubleQuotesInsideATitleOrMessageAreRefused(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path file = rules.resolve(ENABLING);
        int line = TestFiles.lineOf(file, "@title(\"");
        String text = read(file);
        int at = text.indexOf("@title(\"") + "@title(\"".length();
        write(file, text.substring(0, at) + "\\\"Quoted\\\" " + text.substring(at));
        String errors = refusal(rules);
        assertTrue(errors.contains(ENABLING + ":" + line + ": "), errors);
        assertTrue(errors.contains("backslash") || errors.contains("double quote"), errors);

        Path second = TestFiles.copyRules(tmp.resolve("second"));
        Path other = second.resolve(ENABLING);
        int messageLine = TestFiles.lineOf(other, "@message(\"");
        String message = read(other);
        int m = message.indexOf("@message(\"") + "@message(\"".length();
        write(other, message.substring(0, m) + "Say \"now\" " + message.substring(m));
        String refused = refusal(second);
        assertTrue(refused.contains(ENABLING + ":" + messageLine + ": "), refused);
    }

    @Test
    void onReloadAFieldTypoKeepsTheLastGoodRulesServing(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        RulesetHolder holder = new RulesetHolder(rules.toString(), new TrialRun(Path.of("samples"), 2000));
        assertTrue(holder.reload("start").ok());
        String good = holder.current().version();
        TestFiles.edit(rules.resolve(MYTH_1), "\"innovation.changesProfessionalRoles\"", "\"innovation.changesProfesionalRoles\"");
        int line = TestFiles.lineOf(rules.resolve(MYTH_1), "changesProfesionalRoles");
        LoadReport report = holder.reload("edit");
        assertEquals("FAILED", report.status());
        assertTrue(report.errors().stream().anyMatch(e -> e.toString().startsWith(MYTH_1 + ":" + line + ": ")), report.errors().toString());
        assertEquals(good, holder.current().version());
    }

    private static int nthLineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
