package org.scalingadvisor.cli;

import org.scalingadvisor.ruleset.RulesetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** validate: compile the rules folder and check its conventions; exit 1 on any problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Compile the rules folder and check its conventions; print every problem as file:line: message.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RulesetCompiler.Outcome outcome = rules.load(spec.commandLine().getErr());
        if (!outcome.ok()) {
            spec.commandLine().getErr().println(outcome.problems().size() + " problem" + (outcome.problems().size() == 1 ? "" : "s")
                    + " in " + rules.dir + "; nothing was changed");
            return 1;
        }
        spec.commandLine().getOut().println("OK: " + outcome.ruleset().rules().size() + " rules, "
                + outcome.ruleset().knowledge().items().size() + " knowledge items, " + outcome.ruleset().policies().names().size()
                + " policies, version " + outcome.version());
        return 0;
    }
}
