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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rules folder and reloads once edits have settled (no change for the settle time),
 * on its own thread, so requests never wait for a compile. Reloads only when the folder's content
 * hash differs from the last load attempted.
 *
 * <p>The folder itself may be replaced (renamed away and another renamed in, or deleted and
 * recreated): its parent is watched too, and every {@code poll-ms} the watcher checks that the
 * folder is still the one it registered, re-registering and reloading if not. If the operating
 * system refuses to watch, the watcher falls back to comparing the content hash every
 * {@code poll-ms}, and says so in /health. No error stops the watcher thread.
 */
@Context
@Requires(property = "advisor.rules.watch", notEquals = "false")
public class RulesWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesetHolder holder;
    private final long settleMillis;
    private final long pollMillis;
    private final List<WatchKey> keys = new ArrayList<>();
    private WatchService watchService;
    private Object watchedIdentity;
    private Thread thread;
    private volatile String status = "starting";

    public RulesWatcher(RulesetHolder holder, @Value("${advisor.rules.settle-ms:300}") long settleMillis,
                        @Value("${advisor.rules.poll-ms:2000}") long pollMillis) {
        this.holder = holder;
        this.settleMillis = settleMillis;
        this.pollMillis = pollMillis;
    }

    @PostConstruct
    void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            register();
        } catch (IOException | RuntimeException e) {
            polling(e);
        }
        thread = new Thread(this::run, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching the rules folder for edits ({})", status);
    }

    @PreDestroy
    void stop() throws IOException {
        thread.interrupt();
        if (watchService != null) {
            watchService.close();
        }
    }

    /** "watching", or what stops the watcher from watching and what it does instead; shown in /health. */
    public String status() {
        return status;
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = watchService == null ? null : watchService.poll(pollMillis, TimeUnit.MILLISECONDS);
                if (watchService == null) {
                    Thread.sleep(pollMillis);
                }
                if (key != null) {
                    drain(key);
                    // Wait for the edit to settle: editors write several times, and folders get copied file by file.
                    WatchKey more;
                    while ((more = watchService.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
                        drain(more);
                    }
                }
                if (key != null || watchService == null || !Objects.equals(identity(), watchedIdentity)) {
                    if (watchService != null && !Objects.equals(identity(), watchedIdentity)) {
                        register();
                    }
                    reloadIfChanged();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) { // NOPMD: the watcher must outlive any error, or the service goes stale silently
                LOG.warn("The rules watcher met an error and carries on: {}", e.toString());
                if (e instanceof IOException && Files.isDirectory(holder.directory())) {
                    polling(e); // the folder is there but cannot be watched (e.g. the inotify limit)
                }
                pause();
            }
        }
    }

    private void reloadIfChanged() {
        Path dir = holder.directory();
        if (!Files.isDirectory(dir)) {
            return; // being replaced: the next check sees the new one
        }
        String version = new RulesFolder(dir).version();
        LoadReport last = holder.lastLoad();
        if (last == null || !version.equals(last.attemptedVersion())) {
            holder.reload("file change");
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    /** Registers the folder, every folder inside it, and its parent (which sees the folder replaced). */
    private synchronized void register() throws IOException {
        keys.forEach(WatchKey::cancel);
        keys.clear();
        Path root = holder.directory();
        Object identity = identity();
        Path parent = root.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            keys.add(parent.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE));
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    keys.add(dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                }
            }
        }
        watchedIdentity = identity;
        status = "watching";
    }

    /** What identifies the folder on disk (its inode on Linux), or null while it does not exist. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(holder.directory(), BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException e) {
            return null;
        }
    }

    private void polling(Throwable cause) {
        status = "cannot watch (" + cause.getClass().getSimpleName() + "); checking the folder every " + pollMillis + " ms instead";
        LOG.warn("The rules folder cannot be watched ({}); checking it every {} ms instead", cause.toString(), pollMillis);
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException ignored) {
                // closing a broken watch service
            }
            watchService = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
