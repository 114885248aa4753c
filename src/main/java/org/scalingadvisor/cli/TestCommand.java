package org.scalingadvisor.cli;

import org.scalingadvisor.cases.CaseRunner;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.RulesetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** test: run the rule test cases and report failures; --coverage lists rules no case fired. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run the rule test cases; print each failure and end with 'N passed, N failed'.")
final class TestCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = "--cases", paramLabel = "DIR", defaultValue = "samples/cases", description = "the test cases folder (default: ${DEFAULT-VALUE})")
    Path cases;

    @Option(names = "--coverage", description = "also list the rules that no case fired")
    boolean coverage;

    @Option(names = {"-v", "--verbose"}, description = "also list passing cases")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RulesetCompiler.Outcome outcome = rules.load(spec.commandLine().getErr());
        if (!outcome.ok()) {
            out.println("0 passed, 0 failed (the rules did not load; run validate)");
            return 2;
        }
        CaseRunner runner = new CaseRunner(new PlanReader(), new Evaluator());
        List<Path> files = CaseRunner.caseFiles(cases);
        int passed = 0;
        int failed = 0;
        Set<String> fired = new TreeSet<>();
        for (Path file : files) {
            CaseRunner.Result result = runner.run(file, outcome.ruleset());
            fired.addAll(result.fired());
            if (result.passed()) {
                passed++;
                if (verbose) {
                    out.println("PASS " + result.name());
                }
            } else {
                failed++;
                out.println("FAIL " + result.name() + " (" + file + ")");
                result.failures().forEach(f -> out.println("  - " + f));
            }
        }
        if (coverage) {
            List<RuleInfo> unfired = outcome.ruleset().rules().stream().filter(r -> !fired.contains(r.ruleId())).toList();
            int total = outcome.ruleset().rules().size();
            out.printf("coverage: %d of %d rules fired (%.0f%%)%n", total - unfired.size(), total,
                    total == 0 ? 0.0 : 100.0 * (total - unfired.size()) / total);
            for (RuleInfo rule : unfired) {
                out.println("  not fired: " + rule.ruleId() + " (" + rules.dir + "/" + rule.file() + ":" + rule.line() + ")");
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
