package io.boto4j.sync.transport;

import io.boto4j.sync.internal.SyncTimer;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the writes of a large request body: a blocking socket write has no timeout, so while
 * one is under way this guard watches it from the layer's timer and aborts the connection when
 * a single write has waited for the server longer than the bound (the server stopped reading)
 * or the call's deadline passed. Time spent between writes (waiting for the caller's stream)
 * never counts. One timer task at a time, re-armed only when it fires.
 */
final class StallGuard implements Runnable {
    private final Connection connection;
    private final long boundNanos;
    private final long callDeadline;
    private final boolean hasCallDeadline;
    /** When the write under way started, or -1 between writes. */
    private volatile long writingSince = -1;
    private volatile boolean fired;
    private volatile boolean stopped;
    private volatile ScheduledFuture<?> task;

    /** @param callDeadline when the call timeout passes ({@link System#nanoTime()}), if {@code hasCallDeadline} */
    StallGuard(Connection connection, long boundNanos, long callDeadline, boolean hasCallDeadline) {
        this.connection = connection;
        this.boundNanos = boundNanos;
        this.callDeadline = callDeadline;
        this.hasCallDeadline = hasCallDeadline;
    }

    void start() {
        arm(System.nanoTime() + boundNanos);
    }

    void beforeWrite() {
        writingSince = System.nanoTime();
    }

    void afterWrite() {
        writingSince = -1;
    }

    /** Whether the guard aborted the connection. */
    boolean fired() {
        return fired;
    }

    void stop() {
        stopped = true;
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        long now = System.nanoTime();
        long since = writingSince;
        boolean stalled = since >= 0 && now - since >= boundNanos;
        if (stalled || hasCallDeadline && now - callDeadline >= 0) {
            fired = true;
            connection.abort();
            return;
        }
        long next = since >= 0 ? since + boundNanos : now + boundNanos;
        arm(hasCallDeadline && callDeadline - next < 0 ? callDeadline : next);
    }

    private void arm(long at) {
        task = SyncTimer.schedule(this, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
