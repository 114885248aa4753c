package org.scalingadvisor.ruleset;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts compiling the rules folder before the application context starts, so the two overlap and
 * the service answers sooner. The result is used only if it is for the folder the context is
 * configured with and the folder has not changed since; otherwise the holder compiles again.
 */
public final class EarlyCompile {

    private static Path dir;
    private static CompletableFuture<RulesetCompiler.Outcome> outcome;

    private EarlyCompile() {
    }

    /** Begins compiling {@code configuredDir} on a background thread. */
    public static synchronized void start(String configuredDir, RulesetCompiler.Trial trial) {
        Path path = RulesDirectory.resolve(configuredDir);
        CompletableFuture<RulesetCompiler.Outcome> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(new RulesetCompiler(trial).compile(path));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        }, "rules-early-compile");
        thread.setDaemon(true);
        thread.start();
        dir = path;
        outcome = future;
    }

    /** Runs {@code action} with the early result once it is ready (on the compiling thread). */
    public static synchronized void whenReady(java.util.function.Consumer<RulesetCompiler.Outcome> action) {
        if (outcome != null) {
            outcome.thenAccept(action);
        }
    }

    /** Waits for the early result, if one was started, without using it up (the context still takes it). */
    public static Optional<RulesetCompiler.Outcome> await() {
        CompletableFuture<RulesetCompiler.Outcome> future;
        synchronized (EarlyCompile.class) {
            future = outcome;
        }
        return join(future);
    }

    /** The early result for {@code forDir}, if there is one and the folder is unchanged; used once. */
    static synchronized Optional<RulesetCompiler.Outcome> take(Path forDir) {
        CompletableFuture<RulesetCompiler.Outcome> future = outcome;
        outcome = null;
        if (future == null || !forDir.equals(dir)) {
            return Optional.empty();
        }
        String version = new RulesFolder(forDir).version();
        return join(future).filter(result -> result.version().equals(version));
    }

    /** The compile's outcome once it finishes; empty if there was none or the compile itself threw. */
    private static Optional<RulesetCompiler.Outcome> join(CompletableFuture<RulesetCompiler.Outcome> future) {
        if (future == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(future.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
