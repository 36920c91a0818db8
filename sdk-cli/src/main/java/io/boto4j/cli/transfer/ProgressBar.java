package io.boto4j.cli.transfer;

import io.boto4j.s3.TransferListener;
import io.boto4j.s3.TransferProgress;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A transfer's progress redrawn in place on one line of stderr ({@link ProgressLine}): a
 * carriage return, the line, and blanks over what the previous line had more. At most one redraw
 * per {@link #REDRAW_NANOS}, so that a fast transfer does not spend its time on the terminal; the
 * line is cleared when the transfer ends, so that what the command prints next starts on a clean
 * line. Only for terminals: the command line uses it when stderr is one.
 */
public final class ProgressBar implements TransferListener {
    /** A tenth of a second between redraws: smooth to the eye, cheap for the terminal. */
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoClock;
    private long start;
    private long lastDraw;
    private int shown;
    private boolean started;

    /**
     * A bar drawn on {@code err}, timed by {@code nanoClock} ({@code System::nanoTime}).
     */
    public ProgressBar(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void transferStarted(TransferProgress progress) {
        start = nanoClock.getAsLong();
        started = true;
        draw(progress, start);
    }

    @Override
    public synchronized void bytesTransferred(long bytes, TransferProgress progress) {
        long now = nanoClock.getAsLong();
        if (!started) {
            transferStarted(progress);
        } else if (now - lastDraw >= REDRAW_NANOS) {
            draw(progress, now);
        }
    }

    @Override
    public void transferCompleted(TransferProgress progress) {
        clear();
    }

    @Override
    public void transferFailed(TransferProgress progress, Throwable cause) {
        clear();
    }

    /** Blanks the line and returns to its start; nothing when nothing is shown. Idempotent. */
    public synchronized void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }

    private void draw(TransferProgress progress, long now) {
        String line = ProgressLine.of(progress.bytesTransferred(), progress.totalBytes(), now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
        lastDraw = now;
    }
}
