package io.boto4j.cli.commands;

import io.boto4j.cli.transfer.ProgressBar;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command reads and writes: stdin (an upload from {@code -}), stdout (results),
 * stderr (errors and progress), and whether stderr is a terminal, which decides whether a
 * transfer shows a progress bar.
 *
 * @param in            stdin
 * @param out           stdout
 * @param err           stderr
 * @param errIsTerminal whether stderr is a terminal
 */
public record StdStreams(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {

    /** A progress bar on stderr when it is a terminal and {@code wanted}; null otherwise. */
    public ProgressBar progressBar(boolean wanted) {
        return wanted && errIsTerminal ? new ProgressBar(err, System::nanoTime) : null;
    }
}
