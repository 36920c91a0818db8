package io.boto4j.core.internal.flow;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The subscription side of a {@link Flow} operator that relays an upstream to one subscriber: the
 * subscriber's outstanding demand, its cancellation, and a drain loop in which the operator makes
 * all its state changes and emits all its signals.
 *
 * <p>{@link #drain()} may be called from any thread, by any signal; one thread at a time runs the
 * operator's pass (a work-in-progress counter serialises callers), and a call that arrives while
 * a pass runs makes the running thread pass once more, so no signal is lost and no two run at
 * once. The pass reads what the signals recorded, emits what demand allows and returns.
 */
public final class DrainLoop {
    private final Runnable pass;
    private final AtomicInteger wip = new AtomicInteger();
    private final AtomicLong demand = new AtomicLong();
    private volatile boolean cancelled;

    /** @param pass the operator's work: makes all the progress that demand and upstream allow */
    public DrainLoop(Runnable pass) {
        this.pass = pass;
    }

    /** Runs the pass now, or makes the thread running it pass once more. */
    public void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            pass.run();
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    /**
     * Adds to the subscriber's demand (the operator checks {@code n > 0}, rule 3.9, first); a sum
     * past {@link Long#MAX_VALUE} stays there: unbounded (rule 3.17).
     */
    public void addDemand(long n) {
        demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }

    /** Whether the subscriber may be sent an item now. */
    public boolean hasDemand() {
        return demand.get() != 0;
    }

    /** Counts an item sent; unbounded demand stays unbounded. */
    public void itemSent() {
        if (demand.get() != Long.MAX_VALUE) {
            demand.decrementAndGet();
        }
    }

    /** Records the subscriber's cancellation and cancels {@code upstream}, when there is one yet. */
    public void cancel(Flow.Subscription upstream) {
        cancelled = true;
        if (upstream != null) {
            upstream.cancel();
        }
    }

    /** Whether the subscriber has cancelled. */
    public boolean cancelled() {
        return cancelled;
    }
}
