package org.scalingadvisor;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.scalingadvisor.cli.Cli;

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
        Micronaut.run(Application.class, args);
    }
}
