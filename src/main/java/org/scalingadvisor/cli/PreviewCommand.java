package org.scalingadvisor.cli;

import org.scalingadvisor.cases.CaseRunner;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.preview.PreviewPlan;
import org.scalingadvisor.preview.PreviewReport;
import org.scalingadvisor.preview.RulesPreview;
import org.scalingadvisor.preview.StoredPlanSources;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.RulesDirectory;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** preview: what a working copy of the rules would change, on the corpus and the stored plans, before it goes live. */
@Command(name = "preview", mixinStandardHelpOptions = true, description = "Compile a working copy of the rules folder and show,"
        + " before anything goes live, what it changes against the rules served: on the test cases and calibration corpus, and on"
        + " the plans in the database (verdicts, items added or removed, scores and bands, rewording). Changes nothing.")
final class PreviewCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR", required = true, description = "the working copy of the rules folder")
    String rules;

    @Option(names = "--against", paramLabel = "DIR", defaultValue = "${env:ADVISOR_RULES_DIR:-rules}",
            description = "the rules to compare with, as served (default: ${DEFAULT-VALUE})")
    String against;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "${env:ADVISOR_SAMPLES_DIR:-samples}",
            description = "the samples folder of the trial run (default: ${DEFAULT-VALUE})")
    String samples;

    @Option(names = "--cases", paramLabel = "DIR", split = ",", defaultValue = "samples/calibration,samples/cases",
            description = "the case folders whose plans are compared (default: ${DEFAULT-VALUE})")
    List<Path> cases;

    @Option(names = "--database", paramLabel = "URL", defaultValue = "${env:DATASOURCES_DEFAULT_URL:-" + StoredPlanSources.DEFAULT_URL + "}",
            description = "the service's database, read-only (default: the service's own setting)")
    String database;

    @Option(names = "--no-database", description = "compare the case folders only")
    boolean noDatabase;

    @Option(names = "--stored", paramLabel = "N", defaultValue = "200", description = "at most this many saved plans and as"
            + " many recently recorded plans (default: ${DEFAULT-VALUE})")
    int stored;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ruleset served = load(against, err);
        Ruleset working = served == null ? null : load(rules, err);
        if (served == null || working == null) {
            err.println("nothing was compared: fix the problems above (validate --rules " + (served == null ? against : rules) + ")");
            return 1;
        }
        out.println("Preview of " + rules + " (version " + working.version() + ") against " + against + " (version "
                + served.version() + "). Nothing goes live: copy the working copy into the rules folder to publish it.");
        RulesPreview preview = new RulesPreview(new PlanReader(), new Evaluator());
        PreviewReport report = new PreviewReport(out);
        CaseRunner runner = new CaseRunner(new PlanReader(), new Evaluator());
        List<PreviewPlan> corpus = new ArrayList<>();
        List<String> caseChanges = new ArrayList<>();
        int passedBefore = 0;
        int passedAfter = 0;
        int caseCount = 0;
        for (Path folder : cases) {
            if (!Files.isDirectory(folder)) {
                err.println(folder + ": no such folder; left out");
                continue;
            }
            for (Path file : CaseRunner.caseFiles(folder)) {
                CaseRunner.TestCase testCase = runner.read(file);
                corpus.add(new PreviewPlan(folder.toString(), testCase.name(), testCase.planBody(), testCase.audience()));
                boolean before = runner.run(file, served).passed();
                boolean after = runner.run(file, working).passed();
                passedBefore += before ? 1 : 0;
                passedAfter += after ? 1 : 0;
                caseCount++;
                if (before != after) {
                    caseChanges.add((after ? "  now passes: " : "  now fails: ") + file);
                }
            }
        }
        report.group("Test cases and calibration corpus (" + cases.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("")
                + ")", preview.compare(served, working, corpus));
        out.println("cases passing: " + passedBefore + " of " + caseCount + " with " + against + ", " + passedAfter + " with " + rules);
        caseChanges.forEach(out::println);
        if (!noDatabase) {
            stored(served, working, preview, report, out);
        }
        return 0;
    }

    private void stored(Ruleset served, Ruleset working, RulesPreview preview, PreviewReport report, PrintWriter out) {
        List<PreviewPlan> plans;
        try {
            plans = StoredPlanSources.read(database, System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", "sa"),
                    System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""), stored);
        } catch (java.sql.SQLException | RuntimeException e) {
            out.println();
            out.println("== Stored plans: not read from " + database + ": " + e.getMessage().lines().findFirst().orElse("")
                    + " (an embedded database in use by a running service cannot be opened; use --database, or --no-database)");
            return;
        }
        report.group("Stored plans (" + database + ": latest saved versions and recent decision records)",
                preview.compare(served, working, plans));
    }

    private Ruleset load(String dir, PrintWriter err) {
        RulesetCompiler.Outcome outcome = new RulesetCompiler(new TrialRun(RulesDirectory.resolve(samples), RulesOption.TRIAL_BUDGET_MS))
                .compile(RulesDirectory.resolve(dir));
        for (RuleProblem problem : outcome.problems()) {
            err.println(new RuleProblem(problem.file().equals(".") ? dir : Path.of(dir).resolve(problem.file()).toString(),
                    problem.line(), problem.message()));
        }
        return outcome.ruleset();
    }
}
