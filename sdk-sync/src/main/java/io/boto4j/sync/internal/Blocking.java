package io.boto4j.sync.internal;

import io.boto4j.core.SdkClientException;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs a call of the non-blocking pipeline to its end on the caller's thread, in a
 * {@link CallerLoop}: the call's exchanges, reads and waits run here, not on other threads.
 * Failures are unwrapped so the caller catches {@code ServiceException} or
 * {@code SdkClientException} directly, and the caller's own stack is attached as a suppressed
 * exception. Waits park rather than pin a monitor, so virtual threads unmount while they wait.
 */
public final class Blocking {
    private Blocking() {
    }

    /**
     * Starts a call on this thread and returns its result once it is done.
     *
     * @param start starts the call (e.g. {@code () -> runtime.invoke(...)}); called here, in the loop
     */
    public static <T> T await(Supplier<CompletableFuture<T>> start) {
        CompletableFuture<T> call;
        try {
            call = CallerLoop.run(start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw withCallSite(new SdkClientException("interrupted while waiting for the call to complete"
                    + " (the call was cancelled)", e));
        }
        try {
            return call.join();
        } catch (CancellationException e) {
            throw withCallSite(new SdkClientException("the call was cancelled", e));
        } catch (CompletionException e) {
            throw rethrowable(e);
        }
    }

    /** A failure from the pipeline as the blocking caller should see it, with its own stack attached. */
    public static RuntimeException rethrowable(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof Error error) {
            throw error;
        }
        RuntimeException e = t instanceof RuntimeException r ? r : new SdkClientException(String.valueOf(t), t);
        return withCallSite(e);
    }

    private static RuntimeException withCallSite(RuntimeException e) {
        e.addSuppressed(new CallSite());
        return e;
    }

    /** Records where the blocking call was made; its stack trace is the caller's. */
    static final class CallSite extends RuntimeException {
        CallSite() {
            super("the failed call was made from thread \"" + Thread.currentThread().getName() + "\"");
        }
    }
}
