package io.boto4j.bench.harness;

import java.util.concurrent.CompletableFuture;

/** One call of a contender from a plain thread, waiting for it: for checks and cold starts. */
public final class Calls {
    private Calls() {
    }

    /** Starts one call of {@code target} where it wants calls started and waits for it; rethrows its failure. */
    public static void awaitOne(AsyncTarget target) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        target.execute(() -> target.send(error -> {
            if (error == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(error);
            }
        }));
        try {
            done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Checks the length of a body an async contender read, then tells {@code done}: null, or what was wrong. */
    public static void report(int length, java.util.function.Consumer<Throwable> done) {
        try {
            checkBody(length);
        } catch (RuntimeException e) {
            done.accept(e);
            return;
        }
        done.accept(null);
    }

    /** Throws unless {@code length} is the benchmark object's size: every contender checks what it read. */
    public static void checkBody(int length) {
        if (length != LoadServer.OBJECT_SIZE) {
            throw new IllegalStateException("expected a body of " + LoadServer.OBJECT_SIZE + " bytes, got " + length);
        }
    }
}
