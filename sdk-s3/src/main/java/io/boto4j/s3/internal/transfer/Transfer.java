package io.boto4j.s3.internal.transfer;

import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.MethodCall;
import io.boto4j.s3.TransferCancellation;
import io.boto4j.s3.TransferListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One transfer in progress: the client it runs on, where its blocking work goes, its listener,
 * and how it stops. It stops once, on its first failure or the caller's cancellation: no new
 * request or file operation starts, the requests and body reads in flight are cancelled (but for
 * the parts of a multipart upload, which finish: see {@link #sendPart}), and clean-up
 * (AbortMultipartUpload, deleting a temporary file) still runs.
 */
final class Transfer {
    final ServiceRuntime runtime;
    final Progress progress;
    private final MethodCall call;
    private final Executor blocking;
    private final String what;
    private final Set<Runnable> onStop = ConcurrentHashMap.newKeySet();
    private final Runnable forgetCancellation;
    private volatile Throwable stopCause;

    /**
     * @param what the object transferred, for messages ({@code s3://bucket/key})
     */
    Transfer(MethodCall call, String what) {
        this.call = call;
        this.runtime = call.runtime();
        this.blocking = call.blockingExecutor();
        this.what = what;
        this.progress = new Progress(call.argument("Listener", TransferListener.class), call.callbackExecutor());
        TransferCancellation cancellation = call.argument("Cancellation", TransferCancellation.class);
        this.forgetCancellation = cancellation == null ? () -> { }
                : cancellation.onCancel(() -> stop(cancelled()));
    }

    /** Sends an operation's request as part of the transfer: refused once stopped, cancelled when it stops. */
    CompletableFuture<CallResult> send(String operation, Map<String, ?> params) {
        Throwable stopped = stopCause;
        if (stopped != null) {
            return CompletableFuture.failedFuture(stopped);
        }
        CompletableFuture<CallResult> sent = runtime.invoke(operation, params);
        Runnable cancel = () -> sent.cancel(true);
        onStop.add(cancel);
        sent.whenComplete((r, f) -> onStop.remove(cancel));
        if (stopCause != null) {
            sent.cancel(true);
        }
        return sent;
    }

    /**
     * Sends a part of a multipart upload (UploadPart, UploadPartCopy): refused once stopped, but
     * left to finish when the transfer stops while it is in flight. Cancelling it would not stop
     * S3 from storing a part whose bytes it already has, and a part stored after the upload's
     * abort stays (billed) until it is aborted again; so the abort waits for it, as s3transfer's
     * clean-up waits for the tasks that are running.
     */
    CompletableFuture<CallResult> sendPart(String operation, Map<String, ?> params) {
        Throwable stopped = stopCause;
        return stopped != null ? CompletableFuture.failedFuture(stopped) : runtime.invoke(operation, params);
    }

    /** Sends a clean-up request, which goes out even after the transfer stopped. */
    CompletableFuture<CallResult> sendRegardless(String operation, Map<String, ?> params) {
        return runtime.invoke(operation, params);
    }

    /** Runs file I/O on the client's blocking executor, unless the transfer stopped before it began. */
    <T> CompletableFuture<T> blocking(Callable<T> work) {
        return onBlockingExecutor(work, true);
    }

    /** Runs clean-up I/O on the blocking executor, even after the transfer stopped. */
    <T> CompletableFuture<T> blockingRegardless(Callable<T> work) {
        return onBlockingExecutor(work, false);
    }

    private <T> CompletableFuture<T> onBlockingExecutor(Callable<T> work, boolean stoppable) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            blocking.execute(() -> {
                Throwable stopped = stopCause;
                if (stoppable && stopped != null) {
                    result.completeExceptionally(stopped);
                    return;
                }
                try {
                    result.complete(work.call());
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /**
     * Runs {@code action} when the transfer stops (at once if it has); for work that is not a
     * request, such as reading a response body.
     *
     * @return forgets the action
     */
    Runnable onStop(Runnable action) {
        onStop.add(action);
        if (stopCause != null && onStop.remove(action)) {
            action.run();
        }
        return () -> onStop.remove(action);
    }

    /** Stops the transfer; the first cause is the one its caller sees. */
    void stop(Throwable cause) {
        synchronized (this) {
            if (stopCause != null) {
                return;
            }
            stopCause = cause;
        }
        for (Runnable action : onStop) {
            if (onStop.remove(action)) {
                action.run();
            }
        }
    }

    /** Whether the transfer stopped. */
    boolean stopped() {
        return stopCause != null;
    }

    /** The cause of the stop, or null. */
    Throwable stopCause() {
        return stopCause;
    }

    /** The cancellation as its caller sees it (the runtime names the method). */
    CancellationException cancelled() {
        return new CancellationException(what + " was cancelled");
    }

    /**
     * The method's result: {@code work}'s, reported to the listener first. Cancelling the result
     * stops the transfer; its clean-up then finishes in the background. A failure is the first
     * cause of the stop when there was one (a failed part, the cancellation), not the failures it
     * caused in the other parts.
     */
    <R> CompletableFuture<R> finish(CompletableFuture<R> work) {
        CompletableFuture<R> result = new CompletableFuture<>();
        result.whenComplete((r, f) -> {
            if (result.isCancelled()) {
                stop(cancelled());
            }
        });
        work.whenComplete((value, failure) -> {
            forgetCancellation.run();
            if (failure == null) {
                progress.completed(() -> result.complete(value));
            } else {
                Throwable cause = stopCause != null ? stopCause : unwrap(failure);
                progress.failed(cause, () -> result.completeExceptionally(cause));
            }
        });
        return result;
    }

    /** The failure inside the wrappers of CompletableFuture. */
    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The object transferred, for messages. */
    String what() {
        return what;
    }

    /** The method, for messages: {@code s3.DownloadFile}. */
    String method() {
        return runtime.model().serviceName() + "." + call.method().name();
    }
}
