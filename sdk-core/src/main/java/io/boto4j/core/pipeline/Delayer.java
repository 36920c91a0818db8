package io.boto4j.core.pipeline;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without blocking: retry back-off, rate limiting, waiter delays and the call timeout go
 * through it so that the Vert.x layer can use its timers and the blocking layer its callers'
 * threads. Cancelling the returned future gives up the wait (and frees its timer where the
 * delayer has one).
 */
@FunctionalInterface
public interface Delayer {

    /**
     * Completes the returned future once {@code duration} has passed.
     *
     * @param duration how long to wait; zero or negative completes at once (or as soon as the
     *                 delayer can)
     * @return a future completed with null after the wait, on the delayer's thread; cancel it to
     *         give up the wait
     */
    CompletableFuture<Void> delay(Duration duration);

    /**
     * A delayer on the JDK's shared delayed executor.
     *
     * @return a delayer whose futures complete on {@code CompletableFuture}'s default async
     *         executor; zero or negative durations give an already completed future
     */
    static Delayer jdk() {
        return d -> d.isZero() || d.isNegative() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(d.toNanos(), TimeUnit.NANOSECONDS));
    }
}
