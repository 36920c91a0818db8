package io.boto4j.core.internal.identity;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The failure a future's caller should see. */
public final class Failures {
    private Failures() {
    }

    /** Unwraps {@link CompletionException} and {@link ExecutionException} layers down to the real failure. */
    public static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
