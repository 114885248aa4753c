package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

/** One problem in the rules folder, located by file (relative to the folder) and line (0 when unknown). */
@Serdeable
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
