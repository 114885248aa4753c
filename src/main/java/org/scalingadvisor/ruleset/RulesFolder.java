package org.scalingadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The trainers' rules folder: which files count, and the content hash that versions them. */
public record RulesFolder(Path root) {

    public static final String KNOWLEDGE_FILE = "knowledge.md";
    public static final String CATEGORIES_FILE = "activity-categories.md";
    public static final String THRESHOLDS_FILE = "thresholds.properties";

    public RulesFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Every file that belongs to the ruleset, in a stable order; editor backups and hidden files are skipped. */
    public List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ignored(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> drlFiles() {
        return files().stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
    }

    /** The path of a file relative to the folder, with forward slashes (as in advice traces). */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A short content hash of every file's path and bytes: the same folder always gives the same version. */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files()) {
                digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
                return true;
            }
        }
        return false;
    }
}
