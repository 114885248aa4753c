package org.scalingadvisor;

import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.scalingadvisor.ruleset.RulesetLoadException;
import org.slf4j.LoggerFactory;

/**
 * Start-up that never fails silently: whatever stops the service from starting is printed as one
 * clear line on stderr (then the problems, for rules that do not load), the log is flushed, and
 * the process exits with status 1.
 */
final class StartupFailure extends Micronaut {

    /** H2's SQL state for a database file it cannot read (ErrorCode.FILE_CORRUPTED_1). */
    private static final String H2_FILE_CORRUPTED = "90030";

    private StartupFailure() {
    }

    static void serve(Class<?> main, String[] args) {
        StartupFailure micronaut = new StartupFailure();
        micronaut.mainClass(main).args(args);
        micronaut.start();
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        RulesetLoadException rules = find(exception, RulesetLoadException.class);
        if (rules != null) {
            exit(rules.getMessage());
        }
        java.sql.SQLException corrupt = find(exception, java.sql.SQLException.class);
        if (corrupt != null && H2_FILE_CORRUPTED.equals(corrupt.getSQLState())) {
            exit("the embedded database is damaged and cannot be read (" + corrupt.getMessage().lines().findFirst().orElse("")
                    + "); restore it from a backup, or move it aside to start with an empty one");
        }
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        exit(message.lines().findFirst().orElse(message).trim());
    }

    /** Prints {@code reason} on stderr, flushes the log and exits 1. */
    static void exit(String reason) {
        System.err.println("scaling-advisor: cannot start: " + reason);
        System.err.flush();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.stop(); // drains the asynchronous appender
        }
        System.exit(1);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
