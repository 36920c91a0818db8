package io.boto4j.async.streams;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Runs stream bookkeeping on the one context that owns a stream, so that it needs no locks. */
public final class OnContext {
    private OnContext() {
    }

    /** Runs {@code action} now when already on {@code context}, else queues it there (keeping order). */
    public static void run(Context context, Runnable action) {
        if (Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
