package org.scalingadvisor.cli;

import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.EvaluationJson;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.RulesetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** evaluate FILE: evaluate one plan and print a readable report, or the evaluation JSON with --json. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a plan file and print the ranked advice.")
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the plan, as JSON")
    Path file;

    @Option(names = "--json", description = "print the evaluation JSON instead of the report")
    boolean json;

    @Option(names = "--audience", description = "only items for INNOVATOR, ADOPTER, SYSTEM_LEADER or COMMISSIONER")
    String audience;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (audience != null && !Kind.AUDIENCES.contains(audience)) {
            err.println("--audience must be one of " + String.join(", ", Kind.AUDIENCES));
            return 2;
        }
        RulesetCompiler.Outcome outcome = rules.load(err);
        if (!outcome.ok()) {
            return 2;
        }
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("evaluate: " + CliErrors.describe(e));
            return 2;
        }
        Evaluation evaluation;
        try {
            evaluation = new Evaluator().evaluate(new PlanReader().read(body), outcome.ruleset(), audience);
        } catch (PlanRejectedException e) {
            err.println(file + ": " + e.getMessage());
            e.errors().forEach(error -> err.println("  " + (error.pointer().isEmpty() ? "(whole plan)" : error.pointer()) + ": " + error.message()));
            return 1;
        }
        if (json) {
            // The bytes the service answers (EvaluationJson: every field present, empty lists included).
            out.println(new String(EvaluationJson.write(evaluation), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            new Report(out).print(evaluation);
        }
        out.flush();
        return 0;
    }
}
