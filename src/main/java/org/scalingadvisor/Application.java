package org.scalingadvisor;

import io.micronaut.runtime.Micronaut;
import org.scalingadvisor.cli.Cli;

/** Starts the service, or runs a subcommand (evaluate, validate, test) when one is given. */
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
