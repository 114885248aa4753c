package org.scalingadvisor.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder could not be loaded at start-up, so there is nothing to serve. */
public final class RulesetLoadException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RulesetLoadException(String dir, List<RuleProblem> problems) {
        super("The rules in " + dir + " did not load (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
