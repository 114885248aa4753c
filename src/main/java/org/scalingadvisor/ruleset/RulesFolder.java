package org.scalingadvisor.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trainers' rules folder: which files count, and the content hash that versions them. A file
 * counts only if it resolves inside the folder (a link out of it, or a hard link, is refused, and
 * never read) and is no larger than {@link #MAX_FILE_BYTES}; a folder of more than {@link #MAX_FILES}
 * files or {@link #MAX_TOTAL_BYTES} is refused whole, before any of it is read.
 */
public record RulesFolder(Path root) {

    public static final String KNOWLEDGE_FILE = "knowledge.md";
    public static final String CATEGORIES_FILE = "activity-categories.md";
    public static final String THRESHOLDS_FILE = "thresholds.properties";
    /** No rules file comes near this; a larger one is a mistake (or an attack) and is refused unread. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The whole folder: about eighty times what the shipped rules take; more is refused before any of it is read. */
    public static final long MAX_TOTAL_BYTES = 16 * 1024 * 1024;
    public static final int MAX_FILES = 1000;

    /** The files that may be read, and the problems with those that may not (never their content). */
    public record Listing(List<Path> files, List<RuleProblem> problems) {
    }

    public RulesFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** Every file that belongs to the ruleset, in a stable order; editor backups and hidden files are skipped. */
    public List<Path> files() {
        return list().files();
    }

    /** The readable files and, for every refused one, why. */
    public Listing list() {
        List<Path> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Path realRoot = realRoot();
        long total = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(root) || ignored(root.relativize(p))) {
                    continue;
                }
                String relative = relative(p);
                if (Files.isSymbolicLink(p)) {
                    Path target = realPath(p);
                    if (target == null || !target.startsWith(realRoot)) {
                        problems.add(new RuleProblem(relative, 0, "is a link to somewhere outside the rules folder;"
                                + " it was not read. Copy the file into the folder instead"));
                        continue;
                    }
                }
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                if (hardLinked(p)) {
                    problems.add(new RuleProblem(relative, 0, "is a hard link (the same file is elsewhere too, perhaps"
                            + " outside the rules folder); it was not read. Copy the file into the folder instead"));
                    continue;
                }
                long size = Files.size(p);
                if (size > MAX_FILE_BYTES) {
                    problems.add(new RuleProblem(relative, 0, "is " + size / 1024 + " KB, over the limit of "
                            + MAX_FILE_BYTES / 1024 + " KB for a file in the rules folder; it was not read"));
                    continue;
                }
                files.add(p);
                total += size;
                if (files.size() > MAX_FILES || total > MAX_TOTAL_BYTES) {
                    // Stop listing here: nothing of a folder this large is read, so it cannot exhaust memory.
                    String what = files.size() > MAX_FILES ? "more than " + MAX_FILES + " files, over the limit of " + MAX_FILES
                            : "more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB, over the limit of "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB for the rules folder";
                    return new Listing(List.of(), List.of(new RuleProblem("", 0, "The rules folder holds " + what
                            + "; nothing was read. Remove what is not rules")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /** A regular file with more than one name: its content may be a file outside the folder. */
    private static boolean hardLinked(Path file) throws IOException {
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer n && n > 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false; // a file system without link counts has no hard links to fear
        }
    }

    public List<Path> drlFiles() {
        return files().stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
    }

    /** The path of a file relative to the folder, with forward slashes (as in advice traces). */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * A short content hash of every file's path and bytes: the same folder always gives the same
     * version. Refused files count by name, size and time, so fixing them changes the version too.
     */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Listing listing = list();
            byte[] buffer = new byte[8192];
            for (Path file : listing.files()) {
                digest.update(relative(file).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = Files.newInputStream(file)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                    }
                }
                digest.update((byte) 0);
            }
            for (RuleProblem refused : listing.problems()) {
                BasicFileAttributes a = Files.readAttributes(root.resolve(refused.file()), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                digest.update((refused.file() + "\u0000" + a.size() + "\u0000" + a.lastModifiedTime())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private Path realRoot() {
        Path real = realPath(root);
        return real == null ? root : real;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
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
