package io.boto4j.cli.transfer;

import io.boto4j.s3.TransferCancellation;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or a SIGTERM during a transfer cancels it, and the process waits a little for
 * its clean-up (an AbortMultipartUpload, a temporary file deleted) before it ends: a JVM shutdown
 * hook, registered for the transfer's duration. Without it the JVM would stop mid-upload and
 * leave the parts S3 already holds, billed, until a lifecycle rule removes them.
 *
 * <p>The hook cancels the transfer, then waits until the command's call returns (a cancelled
 * transfer's result fails only once its clean-up is done) or {@link #GRACE} passes, whichever
 * comes first; a second Ctrl-C cannot cut the wait short (the JVM is already shutting down), so
 * it stays short. {@link #close()} after the call removes the hook.
 */
public final class CancelOnExit implements AutoCloseable {
    /** How long the hook waits for the clean-up: one AbortMultipartUpload, with a retry or two. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    private final TransferCancellation cancellation;
    private final PrintStream err;
    private final Duration grace;
    private final CountDownLatch returned = new CountDownLatch(1);
    private final Thread hook;

    private CancelOnExit(TransferCancellation cancellation, PrintStream err, Duration grace) {
        this.cancellation = cancellation;
        this.err = err;
        this.grace = grace;
        this.hook = new Thread(this::cancelAndWait, "boto4j-cancel-transfer");
    }

    /** Registers the hook: from now until {@link #close()}, the end of the process cancels the transfer first. */
    public static CancelOnExit register(TransferCancellation cancellation, PrintStream err) {
        return register(cancellation, err, GRACE);
    }

    static CancelOnExit register(TransferCancellation cancellation, PrintStream err, Duration grace) {
        CancelOnExit guard = new CancelOnExit(cancellation, err, grace);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** What the hook does: cancel, then wait for the call to return (at most the grace period). */
    void cancelAndWait() {
        if (returned.getCount() == 0) {
            return;
        }
        err.println();
        err.println("boto4j: interrupted: cancelling the transfer and cleaning up (at most "
                + grace.toSeconds() + " s)");
        err.flush();
        cancellation.cancel();
        try {
            if (!returned.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println("boto4j: the clean-up did not finish in time; a multipart upload may be left to abort"
                        + " (s3 list-multipart-uploads, s3 abort-multipart-upload)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The call returned: the hook is removed (or, if the process is already ending, let go at once). */
    @Override
    public void close() {
        returned.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it sees the call returned and ends.
        }
    }
}
