package io.boto4j.examples.demo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the demo tells what it does: a heading per part, then one line per step, the step's name
 * (an operation, a custom method, or what the demo does itself) in a column of its own. Lines may
 * come from several threads (transfer listeners, the clean-up on Ctrl-C); each is printed whole.
 */
final class Narrator {
    private static final int NAME_WIDTH = 16;
    private static final String INDENT = "  ";

    private final PrintStream out;
    private final boolean interactive;
    /** Once interrupted, only these threads are heard: the clean-up's, not the steps still winding down. */
    private final Set<Thread> speakers = ConcurrentHashMap.newKeySet();
    private volatile boolean interrupted;

    /**
     * @param interactive whether {@code out} is a terminal, where a progress bar redraws one line;
     *                    elsewhere (a log, a pipe) it prints a line now and then
     */
    Narrator(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    boolean interactive() {
        return interactive;
    }

    /**
     * From now on, lines come only from threads that {@link #keepSpeaking()}: after Ctrl-C the
     * steps still under way on other threads fail one after the other, and their lines would
     * only muddle the clean-up's.
     */
    void interrupted() {
        interrupted = true;
    }

    /** The calling thread stays heard after {@link #interrupted()}. */
    void keepSpeaking() {
        speakers.add(Thread.currentThread());
    }

    private boolean heard() {
        return !interrupted || speakers.contains(Thread.currentThread());
    }

    /** A line of its own, as it is. */
    synchronized void say(String text) {
        if (heard()) {
            out.println(text);
        }
    }

    /** The start of a part of the demo. */
    synchronized void heading(String title) {
        if (heard()) {
            out.println();
            out.println(title);
        }
    }

    /** One step: what was called and what came of it. */
    synchronized void step(String name, String detail) {
        if (heard()) {
            out.println(INDENT + pad(name) + detail);
        }
    }

    /** A line that belongs to the step above it, under its detail. */
    synchronized void more(String detail) {
        step("", detail);
    }

    /** Redraws the current line in place (a terminal), or prints it as a line of its own. */
    synchronized void redraw(String detail, boolean last) {
        if (!heard()) {
            return;
        }
        if (interactive) {
            out.print("\r" + INDENT + pad("") + detail + (last ? "\n" : ""));
            out.flush();
        } else {
            more(detail);
        }
    }

    private static String pad(String name) {
        return name.length() >= NAME_WIDTH ? name + " " : name + " ".repeat(NAME_WIDTH - name.length());
    }

    /** {@code 1,234} as people read it, whatever the machine's locale. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Bytes in MiB with one decimal: {@code 64.0 MiB}. */
    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** Seconds with one decimal: {@code 2.3 s}. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
