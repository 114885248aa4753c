package org.scalingadvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Helpers for tests that need a private copy of the shipped rules folder to edit. */
public final class TestFiles {

    public static final Path RULES = Path.of("rules");
    public static final Path CASES = Path.of("samples", "cases");

    private TestFiles() {
    }

    /** Copies the shipped rules folder into {@code target} and returns it. */
    public static Path copyRules(Path target) {
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path source : walk.toList()) {
                Path destination = target.resolve(RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file; fails loudly if it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line number (1-based) of the first line containing {@code text}. */
    public static int lineOf(Path file, String text) {
        try {
            var lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException(file + " has no line containing: " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
