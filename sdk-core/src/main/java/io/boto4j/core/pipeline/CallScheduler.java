package io.boto4j.core.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Where one call's waits and blocking work run, as its layer wants them. The runtime asks its
 * {@linkplain ServiceRuntimeBuilder#scheduler(java.util.function.Supplier) source} for one per
 * call, on the thread that starts the call, and uses it for that call's retry back-off,
 * rate-limit waits and call timeout ({@link #delay}), and hands {@link #executor()} to the
 * transport for its blocking I/O ({@link io.boto4j.core.transport.TransportRequest#executor()}).
 *
 * <p>The Vert.x layer answers with its timers. The blocking layer answers with a loop that the
 * calling thread drains while it waits, so that a blocking call's sends, back-off and retries
 * all happen on the caller's own thread and no shared thread ever waits on the network.
 */
public interface CallScheduler extends Delayer {

    /**
     * Where a transport that blocks runs this call's exchanges.
     *
     * @return the executor; the same one for every request of the call
     */
    Executor executor();

    /**
     * A scheduler of the given delayer and executor, the same for every call.
     *
     * @param delayer  where the call's waits run
     * @param executor where a blocking transport runs the call's exchanges
     * @return a scheduler that delegates to both
     * @throws NullPointerException when an argument is null
     */
    static CallScheduler of(Delayer delayer, Executor executor) {
        Objects.requireNonNull(delayer, "delayer");
        Objects.requireNonNull(executor, "executor");
        return new CallScheduler() {
            @Override
            public Executor executor() {
                return executor;
            }

            @Override
            public CompletableFuture<Void> delay(Duration duration) {
                return delayer.delay(duration);
            }

            @Override
            public String toString() {
                return "CallScheduler[" + delayer + ", " + executor + "]";
            }
        };
    }
}
