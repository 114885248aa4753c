package org.scalingadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of every file of a rules folder as read for one compilation, by path relative to the
 * folder, and the SHA-256 of all of them (each path and its bytes, in path order): the same files
 * always give the same hash, whatever machine reads them. The rule set archive is keyed by it.
 */
public final class Sources {

    private final Map<String, String> files;
    private final String contentHash;

    private Sources(Map<String, String> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.contentHash = hash(this.files);
    }

    /** Reads the listed files of the folder, once. */
    static Sources read(RulesFolder folder, List<Path> listed) {
        Map<String, String> files = new TreeMap<>();
        for (Path file : listed) {
            try {
                files.put(folder.relative(file), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Sources(files);
    }

    /** Files given as text (tests, and rule sets compiled from something other than a folder). */
    public static Sources of(Map<String, String> files) {
        return new Sources(files);
    }

    /** Path (relative to the rules folder, forward slashes) to the file's text, in path order. */
    public Map<String, String> files() {
        return files;
    }

    /** The file's text as read; empty for a file that was not listed. */
    String text(String relative) {
        return files.getOrDefault(relative, "");
    }

    /** The full SHA-256 (hex) of the paths and contents. */
    public String contentHash() {
        return contentHash;
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
