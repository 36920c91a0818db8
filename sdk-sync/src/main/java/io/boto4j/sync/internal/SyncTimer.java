package io.boto4j.sync.internal;

import io.boto4j.core.pipeline.BlockingPool;
import io.boto4j.core.pipeline.CallScheduler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The blocking layer's one timer thread, for what no caller's thread can time: waits of work
 * that runs without a caller ({@link #FALLBACK}) and the guard that closes a connection whose
 * write stalled ({@link #schedule}). Its tasks only complete futures (handing the continuation
 * to the {@link BlockingPool}) or close sockets: nothing on it ever waits.
 */
public final class SyncTimer {
    private static final ScheduledThreadPoolExecutor TIMER = create();

    /**
     * For calls started on a thread that is not in a blocking call of this layer (a credential
     * provider's own thread, say): exchanges on the {@link BlockingPool}, waits on this timer.
     */
    public static final CallScheduler FALLBACK = new CallScheduler() {
        @Override
        public Executor executor() {
            return BlockingPool.shared();
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            return SyncTimer.delay(duration);
        }

        @Override
        public String toString() {
            return "SyncTimer.FALLBACK";
        }
    };

    private SyncTimer() {
    }

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "boto4j-sync-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Runs {@code action} (which must not block) after {@code delay}; cancel the result to call it off. */
    public static ScheduledFuture<?> schedule(Runnable action, long delay, TimeUnit unit) {
        return TIMER.schedule(action, delay, unit);
    }

    /** A wait whose end runs the continuation on the {@link BlockingPool}, not on the timer. */
    static CompletableFuture<Void> delay(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> timer = TIMER.schedule(() -> BlockingPool.shared().execute(() -> done.complete(null)),
                duration.toNanos(), TimeUnit.NANOSECONDS);
        done.whenComplete((x, e) -> {
            if (done.isCancelled()) {
                timer.cancel(false);
            }
        });
        return done;
    }
}
