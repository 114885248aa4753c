package org.scalingadvisor.cli;

import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.RulesDirectory;
import org.scalingadvisor.ruleset.RulesetCompiler;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The --rules option shared by the subcommands, and loading the folder it names. */
final class RulesOption {

    /** The time each sample plan may take in the trial run, as in the service's default. */
    static final long TRIAL_BUDGET_MS = 2000;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:ADVISOR_RULES_DIR:-rules}")
    String dir;

    @Option(names = "--samples", paramLabel = "DIR", description = "the samples folder whose plans every rule set is tried on"
            + " before it counts as good (default: ${DEFAULT-VALUE})", defaultValue = "${env:ADVISOR_SAMPLES_DIR:-samples}")
    String samples;

    Path path() {
        return RulesDirectory.resolve(dir);
    }

    /** Compiles the folder, printing every problem as path:line: message (paths as the user can open them). */
    RulesetCompiler.Outcome load(PrintWriter err) {
        RulesetCompiler.Outcome outcome = new RulesetCompiler(new TrialRun(RulesDirectory.resolve(samples), TRIAL_BUDGET_MS)).compile(path());
        Path shown = Path.of(dir);
        for (RuleProblem problem : outcome.problems()) {
            String file = problem.file().equals(".") ? dir : shown.resolve(problem.file()).toString();
            err.println(new RuleProblem(file, problem.line(), problem.message()));
        }
        return outcome;
    }
}
