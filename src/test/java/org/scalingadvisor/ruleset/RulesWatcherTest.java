package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10, finding 4: the watcher follows a folder replaced by rename, and never goes stale silently. */
class RulesWatcherTest {

    @Test
    void aFolderReplacedByRenameIsFollowedAndLaterEditsAreLoaded(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        RulesetHolder holder = new RulesetHolder(rules.toString(), null);
        assertTrue(holder.reload("start").ok());
        RulesWatcher watcher = new RulesWatcher(holder, 100, 300);
        watcher.start();
        try {
            String first = holder.current().version();
            // cp -r rules rules.new; edit; mv rules rules.old; mv rules.new rules
            Path copy = TestFiles.copyRules(tmp.resolve("rules.new"));
            TestFiles.edit(copy.resolve("myths/myth-4-supply.drl"), "@title(\"", "@title(\"Replaced: ");
            Files.move(rules, tmp.resolve("rules.old"));
            Files.move(copy, rules);
            waitUntil(() -> !holder.current().version().equals(first), "the replaced folder is loaded");
            String second = holder.current().version();
            assertEquals(new RulesFolder(rules).version(), second);

            // ... and an edit after the swap is loaded too.
            TestFiles.edit(rules.resolve("myths/myth-4-supply.drl"), "@title(\"Replaced: ", "@title(\"Edited again: ");
            waitUntil(() -> !holder.current().version().equals(second), "an edit in the new folder is loaded");
            assertEquals("watching", watcher.status());
        } finally {
            watcher.stop();
        }
    }

    @Test
    void aFolderDeletedAndRecreatedIsFollowed(@TempDir Path tmp) throws Exception {
        Path rules = TestFiles.copyRules(tmp.resolve("rules"));
        RulesetHolder holder = new RulesetHolder(rules.toString(), null);
        assertTrue(holder.reload("start").ok());
        RulesWatcher watcher = new RulesWatcher(holder, 100, 300);
        watcher.start();
        try {
            String first = holder.current().version();
            deleteTree(rules);
            TestFiles.copyRules(rules);
            TestFiles.edit(rules.resolve("myths/myth-4-supply.drl"), "@title(\"", "@title(\"Recreated: ");
            waitUntil(() -> !holder.current().version().equals(first), "the recreated folder is loaded");
            assertNotEquals(first, holder.current().version());
        } finally {
            watcher.stop();
        }
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 20 s: " + what);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
