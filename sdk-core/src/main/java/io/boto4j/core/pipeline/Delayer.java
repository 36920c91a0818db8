package io.boto4j.core.pipeline;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without blocking: retry back-off, rate limiting and waiter delays go through it so that
 * the Vert.x layer can use its timers and the blocking layer a plain scheduler.
 */
@FunctionalInterface
public interface Delayer {

    CompletableFuture<Void> delay(Duration duration);

    /** A delayer on the JDK's shared delayed executor. */
    static Delayer jdk() {
        return d -> d.isZero() || d.isNegative() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(d.toNanos(), TimeUnit.NANOSECONDS));
    }
}
