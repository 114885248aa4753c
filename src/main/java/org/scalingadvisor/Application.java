package org.scalingadvisor;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.scalingadvisor.cli.Cli;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.EarlyCompile;
import org.scalingadvisor.ruleset.RulesetCompiler;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;

/** Starts the service, or runs a subcommand (evaluate, validate, test) when one is given. */
@OpenAPIDefinition(info = @Info(title = "Scaling Advisor", version = "1",
        description = "Evaluates a scaling plan for a health or social care innovation against the research on myths"
                + " and mechanisms of scaling, and returns prioritised, traced advice. The plan's JSON Schema is served"
                + " at /api/v1/plan-schema."))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.handles(args[0])) {
            System.exit(Cli.run(args));
        }
        // Logging is set up before the compile thread starts, so no early log line is held and replayed.
        LoggerFactory.getILoggerFactory();
        EarlyCompile.start(rulesDir(args));
        EarlyCompile.whenReady(Application::warmUp);
        if (StartupTraining.requested()) {
            StartupTraining.run(args);
            return;
        }
        Micronaut.run(Application.class, args);
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

    /** The rules folder as the context will see it: a --advisor.rules.dir= argument, the system property, the env var. */
    private static String rulesDir(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--advisor.rules.dir=")) {
                return arg.substring("--advisor.rules.dir=".length());
            }
        }
        String property = System.getProperty("advisor.rules.dir");
        if (property != null) {
            return property;
        }
        String env = System.getenv("ADVISOR_RULES_DIR");
        return env != null ? env : "rules";
    }
}
