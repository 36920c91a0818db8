package io.boto4j.async.transport;

import io.boto4j.core.pipeline.Delayer;
import io.vertx.core.Vertx;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Retry back-off on Vert.x timers: no thread sleeps, and the pipeline carries on from the timer's
 * context (the caller's event loop when the call started on one).
 */
public final class VertxDelayer implements Delayer {
    private final Vertx vertx;

    public VertxDelayer(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        // Vert.x timers count whole milliseconds; round up so a delay is never cut short.
        long millis = Math.max(1, (duration.toNanos() + 999_999) / 1_000_000);
        CompletableFuture<Void> done = new CompletableFuture<>();
        long timer = vertx.setTimer(millis, id -> done.complete(null));
        // A wait given up (the call timeout's, once the call is over) frees its timer.
        done.whenComplete((x, e) -> {
            if (done.isCancelled()) {
                vertx.cancelTimer(timer);
            }
        });
        return done;
    }
}
