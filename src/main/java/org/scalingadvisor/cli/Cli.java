package org.scalingadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The command line: with no arguments the jar serves; these subcommands work without a server. */
@Command(name = "scaling-advisor", mixinStandardHelpOptions = true, version = "Scaling Advisor 0.1.0",
        description = "Evaluates scaling plans with the rules in a rules folder. With no arguments, serves HTTP.",
        subcommands = {EvaluateCommand.class, ValidateCommand.class, TestCommand.class})
public final class Cli implements Runnable {

    private static final Set<String> COMMANDS = Set.of("evaluate", "validate", "test", "help", "--help", "-h", "--version", "-V");

    /** True when the first argument names a subcommand rather than a server option. */
    public static boolean handles(String firstArgument) {
        return COMMANDS.contains(firstArgument);
    }

    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    /** Runs a subcommand writing to the given streams (tests capture them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Cli()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
