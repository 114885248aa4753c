package org.scalingadvisor.ruleset;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the configured rules folder is. */
public final class RulesDirectory {

    private RulesDirectory() {
    }

    /**
     * A relative folder is looked for in the working directory and then one level up, so that the
     * default {@code rules} works both from the project root and from {@code target/} (mn:run).
     */
    public static Path resolve(String configured) {
        Path path = Path.of(configured);
        if (path.isAbsolute() || Files.isDirectory(path)) {
            return path.toAbsolutePath().normalize();
        }
        Path up = Path.of("..").resolve(path);
        return (Files.isDirectory(up) ? up : path).toAbsolutePath().normalize();
    }
}
