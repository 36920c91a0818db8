package io.boto4j.s3.internal.transfer;

import io.boto4j.s3.TransferListener;
import io.boto4j.s3.TransferProgress;

import java.util.concurrent.Executor;

/**
 * Reports a transfer to its listener: one call at a time, in order, through the client's callback
 * executor. The counters live in the serial tasks, so each call sees totals that include it and
 * never go backwards. Without a listener, reporting costs nothing.
 */
final class Progress {
    private static final System.Logger LOG = System.getLogger("io.boto4j.s3.transfer");

    private final TransferListener listener;
    private final SerialExecutor serial;
    private long bytes;
    private int parts;
    private long totalBytes = -1;
    private int totalParts = -1;

    Progress(TransferListener listener, Executor callbacks) {
        this.listener = listener;
        this.serial = listener == null ? null : new SerialExecutor(callbacks);
    }

    /** The transfer starts; totals may be -1 (unknown). */
    void started(long totalBytes, int totalParts) {
        report(l -> {
            this.totalBytes = totalBytes;
            this.totalParts = totalParts;
            l.transferStarted(snapshot());
        });
    }

    /** The totals became known (a stream reached its end). */
    void totals(long totalBytes, int totalParts) {
        report(l -> {
            this.totalBytes = totalBytes;
            this.totalParts = totalParts;
        });
    }

    /** Bytes were acknowledged. */
    void bytes(long count) {
        report(l -> {
            bytes += count;
            l.bytesTransferred(count, snapshot());
        });
    }

    /** A part is done. */
    void partCompleted(int partNumber) {
        report(l -> {
            parts++;
            l.partCompleted(partNumber, snapshot());
        });
    }

    /** The last call on success; {@code then} runs after it (completing the caller's future). */
    void completed(Runnable then) {
        last(l -> l.transferCompleted(snapshot()), then);
    }

    /** The last call on failure; {@code then} runs after it. */
    void failed(Throwable cause, Runnable then) {
        last(l -> l.transferFailed(snapshot(), cause), then);
    }

    private void last(Call call, Runnable then) {
        if (listener == null) {
            then.run();
            return;
        }
        report(call);
        serial.execute(then);
    }

    private TransferProgress snapshot() {
        return new TransferProgress(bytes, totalBytes, parts, totalParts);
    }

    private interface Call {
        void on(TransferListener listener);
    }

    private void report(Call call) {
        if (listener == null) {
            return;
        }
        serial.execute(() -> {
            try {
                call.on(listener);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a transfer listener failed; the transfer goes on", e);
            }
        });
    }
}
