package org.scalingadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;


/** The command line: with no arguments the jar serves; these subcommands work without a server. */
@Command(name = "scaling-advisor", mixinStandardHelpOptions = true, version = "Scaling Advisor 0.1.0",
        description = "Evaluates scaling plans with the rules in a rules folder. With no arguments, serves HTTP.",
        subcommands = {EvaluateCommand.class, ValidateCommand.class, TestCommand.class, PreviewCommand.class})
public final class Cli implements Runnable {

    /**
     * True when the first argument is a setting for the server ({@code --micronaut.server.port=9000},
     * {@code --advisor.rules.dir=x}); anything else is a subcommand or an option of this command
     * line, so a mistyped subcommand is an error (exit 2, with usage) and never starts the server.
     */
    public static boolean isServerOption(String firstArgument) {
        return firstArgument.matches("--[a-z][\\w-]*(\\.[\\w-]+)+=.*");
    }

    public static int run(String... args) {
        return command().execute(args);
    }

    /** Runs a subcommand writing to the given streams (tests capture them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return command().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine command() {
        CommandLine line = new CommandLine(new Cli());
        // A mistyped subcommand or option: the error, any suggestion, then the usage; exit 2.
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.usage(cmd.getErr());
            return 2;
        });
        // A file that cannot be read is one line, not a stack trace.
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + CliErrors.describe(e));
            return 2;
        });
        return line;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
