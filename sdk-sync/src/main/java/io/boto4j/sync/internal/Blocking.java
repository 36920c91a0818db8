package io.boto4j.sync.internal;

import io.boto4j.core.SdkClientException;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Waits for the non-blocking pipeline on the caller's thread. {@link CompletableFuture#get()}
 * parks rather than pinning a monitor, so virtual threads unmount while they wait. Failures are
 * unwrapped so the caller catches {@code ServiceException} or {@code SdkClientException}
 * directly, and the caller's own stack is attached as a suppressed exception: the failure
 * happened on an I/O thread, whose stack says nothing about which call failed.
 */
public final class Blocking {
    private Blocking() {
    }

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new SdkClientException("interrupted while waiting for the call to complete", e);
        } catch (ExecutionException | CompletionException e) {
            throw rethrowable(e.getCause() != null ? e.getCause() : e);
        } catch (CancellationException e) {
            throw withCallSite(new SdkClientException("the call was cancelled", e));
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
