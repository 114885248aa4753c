package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, item 11: a hard link in the rules folder never brings an outside file into a rule set
 * (and so never into the archive that /api/v1/rulesets/{version} publishes), and a folder too large
 * to hold is a load problem, not an OutOfMemoryError.
 */
class RulesFolderLimitsTest {

    private final RulesetCompiler compiler = new RulesetCompiler();

    @Test
    void aHardLinkToAFileOutsideTheFolderIsRefusedUnread(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:SECRET-PASSWORD-HASH");
        Files.createLink(rules.resolve("notes.md"), secret);
        RulesetCompiler.Outcome outcome = compiler.compile(rules);
        assertFalse(outcome.ok(), "a rule set with a hard link in it does not load");
        assertTrue(outcome.problems().stream().anyMatch(p -> p.file().equals("notes.md") && p.message().contains("hard link")),
                outcome.problems().toString());
        assertFalse(new RulesFolder(rules).files().contains(rules.resolve("notes.md").toAbsolutePath().normalize()),
                "the linked file is not among the files read");
    }

    @Test
    void aFolderOverItsTotalSizeIsOneProblemAndNothingIsRead(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        byte[] megabyte = new byte[(int) RulesFolder.MAX_FILE_BYTES];
        java.util.Arrays.fill(megabyte, (byte) 'x');
        for (int i = 0; i < 40; i++) {
            Files.write(rules.resolve("padding-" + i + ".md"), megabyte);
        }
        RulesetCompiler.Outcome outcome = compiler.compile(rules);
        assertFalse(outcome.ok());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.message().contains("over the limit of")
                && p.message().contains("MB for the rules folder")), outcome.problems().toString());
        assertTrue(new RulesFolder(rules).files().isEmpty(), "nothing is read from a folder over its limit");
    }

    @Test
    void aFolderWithTooManyFilesIsOneProblem(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        for (int i = 0; i < RulesFolder.MAX_FILES; i++) {
            Files.writeString(rules.resolve("note-" + i + ".md"), "x");
        }
        RulesetCompiler.Outcome outcome = compiler.compile(rules);
        assertFalse(outcome.ok());
        assertTrue(outcome.problems().stream().anyMatch(p -> p.message().contains("files, over the limit of")),
                outcome.problems().toString());
    }
}
