package io.boto4j.it.load;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Makes calls at a fixed rate from one Vert.x context, as a verticle would: every 10 ms it starts
 * the calls due, unless {@code maxInFlight} are already outstanding (then those are skipped, not
 * made up later: an open-loop load that cannot pile up without bound on a slow machine). Counts
 * what it started and how the calls ended; keeps the first failures for the report.
 */
final class PacedLoad {
    private static final long TICK_MILLIS = 10;
    private static final int FAILURES_KEPT = 20;

    private final Vertx vertx;
    private final Context context;
    private final LongFunction<Future<Void>> call;
    private final double callsPerTick;
    private final int maxInFlight;
    private final long totalCalls;

    private final AtomicLong started = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final Promise<Void> finished = Promise.promise();
    /** On the context only. */
    private double due;
    private long timer = -1;
    private boolean stopping;

    /**
     * @param call        makes call number n; its future fails when the call's outcome was wrong
     * @param totalCalls  stops by itself after this many calls ({@link Long#MAX_VALUE}: only {@link #stop()})
     */
    PacedLoad(Vertx vertx, LongFunction<Future<Void>> call, int callsPerSecond, int maxInFlight, long totalCalls) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.call = call;
        this.callsPerTick = callsPerSecond * TICK_MILLIS / 1000.0;
        this.maxInFlight = maxInFlight;
        this.totalCalls = totalCalls;
    }

    /** Starts issuing calls; returns this. */
    PacedLoad start() {
        context.runOnContext(v -> timer = vertx.setPeriodic(TICK_MILLIS, id -> tick()));
        return this;
    }

    /** Issues no more calls; {@link #finished()} completes when the outstanding ones have ended. */
    void stop() {
        context.runOnContext(v -> {
            stopping = true;
            vertx.cancelTimer(timer);
            finishIfIdle();
        });
    }

    /** Completes once stopped (or every call made) and no call is outstanding. */
    Future<Void> finished() {
        return finished.future();
    }

    private void tick() {
        due += callsPerTick;
        while (due >= 1 && !stopping && started.get() < totalCalls) {
            due--;
            if (inFlight.get() >= maxInFlight) {
                skipped.incrementAndGet();
            } else {
                issue(started.getAndIncrement());
            }
        }
        if (started.get() == totalCalls) {
            stopping = true;
            vertx.cancelTimer(timer);
            finishIfIdle();
        }
    }

    private void issue(long n) {
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Future<Void> outcome;
        try {
            outcome = call.apply(n);
        } catch (RuntimeException e) {
            outcome = Future.failedFuture(e);
        }
        outcome.onComplete(ar -> {
            if (ar.succeeded()) {
                succeeded.incrementAndGet();
            } else {
                failed.incrementAndGet();
                if (failures.size() < FAILURES_KEPT) {
                    failures.add(ar.cause());
                }
            }
            inFlight.decrementAndGet();
            finishIfIdle();
        });
    }

    private void finishIfIdle() {
        if (stopping && inFlight.get() == 0) {
            finished.tryComplete();
        }
    }

    long started() {
        return started.get();
    }

    long succeeded() {
        return succeeded.get();
    }

    long failed() {
        return failed.get();
    }

    /** Calls not made because {@code maxInFlight} were outstanding when they were due. */
    long skipped() {
        return skipped.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    /** The first failures (up to 20), for messages. */
    List<Throwable> failures() {
        return List.copyOf(failures);
    }
}
