package io.boto4j.s3.internal.transfer;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.ResponseStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Writes one GET's response body at its range's offset in the download's file: the bytes gather
 * in a buffer of about a MiB, which is written (and checksummed) on the transfer's blocking
 * executor, and more is asked for only once that write is done, so a slow disk slows the
 * download instead of filling memory. Stopping the transfer aborts the body; {@link #done()}
 * completes only when no write is under way, so the file can be closed and deleted safely.
 */
final class RangeWriter implements Flow.Subscriber<ByteBuffer> {
    static final int WRITE_SIZE = 1 << 20;

    private final Transfer transfer;
    private final FileChannel file;
    private final Range range;
    private final PartChecksum.Digest digest;
    private final ResponseStream body;
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private ByteBuffer pending;
    private Flow.Subscription subscription;
    private Runnable forgetStop = () -> { };
    // Guarded by this: a stop, an error or the end of the body may come while a write is under way.
    private boolean writing;
    private boolean ended;
    private Throwable failure;
    private long written;

    /**
     * @param digest the range's checksum, computed as it is written, or null
     */
    RangeWriter(Transfer transfer, FileChannel file, Range range, PartChecksum.Digest digest, ResponseStream body) {
        this.transfer = transfer;
        this.file = file;
        this.range = range;
        this.digest = digest;
        this.body = body;
    }

    /** Reads the body into the file; completes with the range's checksum (null when none was asked). */
    CompletableFuture<byte[]> start() {
        body.publisher().subscribe(this);
        return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        forgetStop = transfer.onStop(() -> {
            s.cancel();
            body.abort();
            fail(transfer.stopCause());
        });
        pending = ByteBuffer.allocate((int) Math.min(WRITE_SIZE, Math.max(range.length(), 1)));
        s.request(1);
    }

    @Override
    public void onNext(ByteBuffer buffer) {
        if (buffer.remaining() > pending.remaining()) {
            ByteBuffer bigger = ByteBuffer.allocate(pending.position() + buffer.remaining());
            bigger.put(pending.flip());
            pending = bigger;
        }
        pending.put(buffer);
        if (pending.position() >= WRITE_SIZE) {
            write(false);
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            // The end needs no demand: it may come while the last bytes are being written.
            ended = true;
            if (writing) {
                return;
            }
        }
        write(true);
    }

    @Override
    public void onError(Throwable t) {
        fail(t);
    }

    /** Writes what is pending on the blocking executor, then asks for more (or finishes). */
    private void write(boolean last) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
            writing = true;
        }
        ByteBuffer bytes = pending.flip();
        transfer.blocking(() -> {
            long at = range.offset() + written;
            int count = bytes.remaining();
            if (written + count > range.length()) {
                throw new SdkClientException(transfer.method() + ": the response for " + range.header()
                        + " of " + transfer.what() + " has more bytes than asked for");
            }
            if (digest != null) {
                digest.update(bytes.duplicate());
            }
            writeFully(file, bytes, at);
            return count;
        }).whenComplete((count, writeFailure) -> {
            Throwable stoppedMeanwhile;
            boolean endedMeanwhile;
            synchronized (this) {
                writing = false;
                stoppedMeanwhile = failure;
                endedMeanwhile = ended && !last;
            }
            if (writeFailure != null || stoppedMeanwhile != null) {
                subscription.cancel();
                finish(stoppedMeanwhile != null ? stoppedMeanwhile : Transfer.unwrap(writeFailure));
                return;
            }
            written += count;
            if (count > 0) {
                transfer.progress.bytes(count);
            }
            pending.clear();
            if (endedMeanwhile) {
                write(true);
            } else if (!last) {
                subscription.request(1);
            } else if (written != range.length()) {
                finish(new SdkClientException(transfer.method() + ": the response for " + range.header() + " of "
                        + transfer.what() + " ended after " + written + " of its " + range.length() + " bytes"));
            } else {
                finish(null);
            }
        });
    }

    /** Records a failure; completes at once unless a write is under way (which then completes). */
    private void fail(Throwable t) {
        boolean now;
        synchronized (this) {
            if (failure != null || done.isDone()) {
                return;
            }
            failure = t;
            now = !writing;
        }
        if (now) {
            finish(t);
        }
    }

    private void finish(Throwable t) {
        forgetStop.run();
        if (t == null) {
            done.complete(digest == null ? null : digest.value());
        } else {
            done.completeExceptionally(t);
        }
    }

    /** Writes the whole of {@code buffer} at {@code position} (a positional write may write less). */
    private static void writeFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            file.write(buffer, position + buffer.position());
        }
    }
}
