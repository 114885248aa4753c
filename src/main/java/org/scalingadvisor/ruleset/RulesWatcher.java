package org.scalingadvisor.ruleset;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rules folder and reloads once edits have settled (no change for the settle time),
 * on its own thread, so requests never wait for a compile. Reloads only when the folder's content
 * hash differs from the last load attempted.
 */
@Context
@Requires(property = "advisor.rules.watch", notEquals = "false")
public class RulesWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesetHolder holder;
    private final long settleMillis;
    private WatchService watchService;
    private Thread thread;

    public RulesWatcher(RulesetHolder holder, @Value("${advisor.rules.settle-ms:300}") long settleMillis) {
        this.holder = holder;
        this.settleMillis = settleMillis;
    }

    @PostConstruct
    void start() throws IOException {
        watchService = FileSystems.getDefault().newWatchService();
        registerAll(holder.directory());
        thread = new Thread(this::run, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for rule edits", holder.directory());
    }

    @PreDestroy
    void stop() throws IOException {
        watchService.close();
        thread.interrupt();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                drain(key);
                // Wait for the edit to settle: editors write several times, and folders get copied file by file.
                WatchKey more;
                while ((more = watchService.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reloadIfChanged();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reloadIfChanged() {
        try {
            registerAll(holder.directory());
            String version = new RulesFolder(holder.directory()).version();
            LoadReport last = holder.lastLoad();
            if (last == null || !version.equals(last.attemptedVersion())) {
                holder.reload("file change");
            }
        } catch (IOException | RuntimeException e) {
            // A folder being replaced can vanish for a moment; the next event tries again.
            LOG.warn("Could not read the rules folder after a change: {}", e.toString());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void registerAll(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
