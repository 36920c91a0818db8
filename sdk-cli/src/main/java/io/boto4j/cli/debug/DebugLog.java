package io.boto4j.cli.debug;

import io.boto4j.core.http.Redaction;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Where the log goes: stderr, warnings always, boto4j's debug and trace detail with {@code --debug}.
 * Every line passes through {@link Redaction}.
 */
public final class DebugLog {
    private static volatile PrintStream sink = System.err;
    private static volatile boolean verbose;

    private DebugLog() {
    }

    /** Turns the detailed log on or off and sets where it goes (the CLI's stderr). */
    public static void configure(PrintStream target, boolean debug) {
        sink = target;
        verbose = debug;
    }

    /** Warnings from anyone; debug and trace detail from boto4j's own loggers only (the JDK's would drown it). */
    static boolean isLoggable(String logger, System.Logger.Level level) {
        if (level == System.Logger.Level.OFF) {
            return false;
        }
        return level.getSeverity() >= System.Logger.Level.WARNING.getSeverity()
                || (verbose && logger.startsWith("io.boto4j."));
    }

    static void write(String logger, System.Logger.Level level, String message, Throwable thrown) {
        StringBuilder line = new StringBuilder().append(Instant.now()).append(' ').append(level.getName())
                .append(' ').append(logger).append(" - ").append(Redaction.text(message));
        if (thrown != null) {
            line.append(" (").append(Redaction.text(String.valueOf(thrown))).append(')');
        }
        PrintStream out = sink;
        synchronized (out) {
            out.println(line);
        }
    }
}
