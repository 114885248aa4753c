package org.scalingadvisor.ruleset;

import java.util.List;

/** Where the gate's checks report what a rules file may not do: file:line: reason. */
final class FileProblems {

    private final String file;
    private final List<RuleProblem> problems;

    FileProblems(String file, List<RuleProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void add(int line, String message) {
        problems.add(new RuleProblem(file, line, message));
    }

    /** Never echoes much of the file: text is shown on one line, and only its start. */
    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
