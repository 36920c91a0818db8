package io.boto4j.s3.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs the parts of a transfer with at most {@code limit} in flight, taking them from a source as
 * slots free up, and fails fast: the first failure stops the transfer (which cancels what of the
 * other parts can be cancelled) and no new part starts. The result completes only once every part
 * started has settled, so that clean-up (an abort, deleting a file) never races a part still
 * running.
 *
 * <p>A part taken from the source counts against the limit from the moment it is asked for: a
 * source that fills a buffer per part (a stream being cut) holds at most {@code limit} of them.
 * The scheduling state is touched only by tasks of a {@link SerialExecutor}, so it needs no locks.
 *
 * @param <P> a part to run
 * @param <R> what a part's run gives
 */
final class PartRunner<P, R> {

    /** Where parts come from. */
    interface Source<P> {
        /**
         * The next part, or null when there are no more; asked again only once the previous one
         * arrived. May complete later, as the data for it arrives.
         */
        CompletableFuture<P> next();

        /** Gives up producing; must complete a pending {@link #next()} (exceptionally). */
        default void cancel() {
        }
    }

    private final Transfer transfer;
    private final int limit;
    private final Source<P> source;
    private final Function<P, CompletableFuture<R>> work;
    private final SerialExecutor serial = new SerialExecutor(Runnable::run);
    private final CompletableFuture<List<R>> result = new CompletableFuture<>();
    private final List<R> results = new ArrayList<>();
    private int running;
    private boolean pulling;
    private boolean exhausted;
    private Throwable failure;

    PartRunner(Transfer transfer, int limit, Source<P> source, Function<P, CompletableFuture<R>> work) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.transfer = transfer;
        this.limit = limit;
        this.source = source;
        this.work = work;
    }

    /** Runs every part; the results come in completion order. */
    CompletableFuture<List<R>> run() {
        Runnable forget = transfer.onStop(() -> serial.execute(() -> fail(transfer.stopCause())));
        result.whenComplete((r, f) -> forget.run());
        serial.execute(this::pump);
        return result;
    }

    private void pump() {
        if (failure == null && !exhausted && !pulling && running < limit) {
            pulling = true;
            CompletableFuture<P> next = attempt(source::next);
            next.whenComplete((part, e) -> serial.execute(() -> pulled(part, e)));
        }
        settleIfDone();
    }

    private void pulled(P part, Throwable e) {
        pulling = false;
        if (e != null) {
            fail(e);
        } else if (part == null) {
            exhausted = true;
        } else if (failure != null) {
            // Arrived after the stop: never started, and holds nothing a clean-up must wait for.
            exhausted = true;
        } else {
            running++;
            CompletableFuture<R> done = attempt(() -> work.apply(part));
            done.whenComplete((r, x) -> serial.execute(() -> finished(r, x)));
        }
        pump();
    }

    private void finished(R value, Throwable e) {
        running--;
        if (e != null) {
            fail(e);
        } else {
            results.add(value);
        }
        pump();
    }

    private void fail(Throwable e) {
        if (failure != null) {
            return;
        }
        failure = Transfer.unwrap(e);
        transfer.stop(failure);
        if (pulling) {
            source.cancel();
        }
        settleIfDone();
    }

    private void settleIfDone() {
        if (running > 0 || pulling || result.isDone()) {
            return;
        }
        if (failure != null) {
            result.completeExceptionally(failure);
        } else if (exhausted) {
            result.complete(results);
        }
    }

    private static <T> CompletableFuture<T> attempt(java.util.function.Supplier<CompletableFuture<T>> step) {
        try {
            CompletableFuture<T> f = step.get();
            return f != null ? f : CompletableFuture.failedFuture(new NullPointerException("a part step returned null"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
