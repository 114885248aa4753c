package org.scalingadvisor;

import org.scalingadvisor.cli.Cli;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.evaluation.TrialRun;
import org.scalingadvisor.ruleset.EarlyCompile;
import org.scalingadvisor.ruleset.RulesDirectory;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the service, or runs a subcommand (evaluate, validate, test) when one is given. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !Cli.isServerOption(args[0])) {
            System.exit(Cli.run(args));
        }
        String rulesDir = setting(args, "advisor.rules.dir", "ADVISOR_RULES_DIR", "rules");
        Path rules = RulesDirectory.resolve(rulesDir);
        if (!Files.isDirectory(rules) || !Files.isReadable(rules)) {
            StartupFailure.exit("the rules folder " + rulesDir + (Files.exists(rules) ? " cannot be read" : " does not exist")
                    + " (looked for " + rules + "; set advisor.rules.dir or ADVISOR_RULES_DIR)");
        }
        // Logging is set up before the compile thread starts, so no early log line is held and replayed.
        LoggerFactory.getILoggerFactory();
        EarlyCompile.start(rulesDir, new TrialRun(RulesDirectory.resolve(setting(args, "advisor.samples.dir", "ADVISOR_SAMPLES_DIR",
                "samples")), Long.parseLong(setting(args, "advisor.rules.trial-budget-ms", "ADVISOR_RULES_TRIAL_BUDGET_MS", "2000"))));
        EarlyCompile.whenReady(Application::warmUp);
        if (StartupTraining.requested()) {
            StartupTraining.run(args);
            return;
        }
        StartupFailure.serve(Application.class, args);
    }

    /**
     * Evaluates a bundled plan once while the HTTP server is still starting, so the first real
     * request does not pay for loading and compiling the reading and evaluation code.
     */
    private static void warmUp(RulesetCompiler.Outcome outcome) {
        if (!outcome.ok()) {
            return;
        }
        try {
            new Evaluator().evaluate(new PlanReader().read(warmUpPlan()), outcome.ruleset(), null);
        } catch (IOException | PlanRejectedException | RuntimeException e) {
            // Only a warm-up: the service works the same without it.
            LoggerFactory.getLogger(Application.class).debug("warm-up evaluation skipped", e);
        }
    }

    /** The bundled plan used to warm up the service and to train its class-data archive. */
    static byte[] warmUpPlan() throws IOException {
        try (InputStream in = Application.class.getResourceAsStream("/warmup-plan.json")) {
            if (in == null) {
                throw new IOException("warmup-plan.json is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    /** A setting as the context will see it: a --name= argument, the system property, the env var, the default. */
    private static String setting(String[] args, String name, String env, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        String property = System.getProperty(name);
        if (property != null) {
            return property;
        }
        String value = System.getenv(env);
        return value != null ? value : fallback;
    }
}
