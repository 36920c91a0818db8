package io.boto4j.s3.internal.transfer;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.checksums.Checksum;
import io.boto4j.core.pipeline.ResponseStream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Writes one GET's response body at its range's offset in the download's file. The bytes gather
 * in a buffer of about a MiB, which is written (and checksummed) on the transfer's blocking
 * executor while the next one fills; the body is asked for a few buffers at a time, and not at
 * all while both buffers are full, so a slow disk slows the download instead of filling memory
 * (a range holds about two MiB at most). Writes happen one at a time, in order.
 *
 * <p>Stopping the transfer aborts the body; the result completes only when no write is under
 * way, so the file can then be closed and deleted safely.
 */
final class RangeWriter implements Flow.Subscriber<ByteBuffer> {
    static final int WRITE_SIZE = 1 << 20;
    /** How many buffers of the body to ask for at once: one request per buffer costs a hop each. */
    private static final int BATCH = 16;

    private final Transfer transfer;
    private final FileChannel file;
    private final Range range;
    private final Checksum digest;
    private final ResponseStream body;
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private Runnable forgetStop = () -> { };

    // Guarded by this: bytes arrive on the transport's thread, writes end on the blocking executor,
    // and a stop may come from anywhere.
    private ByteBuffer filling;
    private ByteBuffer spare;
    private int outstanding;
    private boolean writing;
    private boolean ended;
    private boolean finished;
    private Throwable failure;
    private long written;

    /**
     * @param digest the range's checksum, computed as it is written, or null
     */
    RangeWriter(Transfer transfer, FileChannel file, Range range, Checksum digest, ResponseStream body) {
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
        synchronized (this) {
            filling = buffer();
            outstanding = BATCH;
        }
        forgetStop = transfer.onStop(() -> {
            s.cancel();
            body.abort();
            fail(transfer.stopCause());
        });
        s.request(BATCH);
    }

    @Override
    public void onNext(ByteBuffer bytes) {
        Write write = null;
        boolean ask = false;
        synchronized (this) {
            if (finished || failure != null) {
                return;
            }
            outstanding--;
            if (bytes.remaining() > filling.remaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(filling.position() + bytes.remaining());
                filling = bigger.put(filling.flip());
            }
            filling.put(bytes);
            if (!writing && filling.position() >= WRITE_SIZE) {
                write = startWrite(false);
            } else if (outstanding == 0 && filling.position() < WRITE_SIZE) {
                outstanding = BATCH;
                ask = true;
            }
        }
        if (write != null) {
            write.run();
        }
        if (ask) {
            subscription.request(BATCH);
        }
    }

    @Override
    public void onComplete() {
        Write write = null;
        synchronized (this) {
            // The end needs no demand: it may come while a write is under way, which then writes the rest.
            ended = true;
            if (!writing && failure == null && !finished) {
                write = startWrite(true);
            }
        }
        if (write != null) {
            write.run();
        }
    }

    @Override
    public void onError(Throwable t) {
        fail(t);
    }

    /** The bytes gathered so far, to be written at the next offset; the other buffer takes over. Holding the lock. */
    private Write startWrite(boolean last) {
        writing = true;
        ByteBuffer bytes = filling.flip();
        filling = spare != null ? spare : buffer();
        spare = null;
        return new Write(bytes, written, last);
    }

    /** One write of gathered bytes, on the blocking executor, and what follows it. */
    private final class Write implements Runnable {
        private final ByteBuffer bytes;
        private final long at;
        private final boolean last;

        Write(ByteBuffer bytes, long at, boolean last) {
            this.bytes = bytes;
            this.at = at;
            this.last = last;
        }

        @Override
        public void run() {
            int count = bytes.remaining();
            transfer.blocking(() -> {
                if (at + count > range.length()) {
                    throw new SdkClientException(transfer.method() + ": the response for " + range.header()
                            + " of " + transfer.what() + " has more bytes than asked for");
                }
                if (digest != null) {
                    digest.update(bytes.duplicate());
                }
                writeFully(file, bytes, range.offset() + at);
                return null;
            }).whenComplete((x, writeFailure) -> written(count, writeFailure));
        }

        private void written(int count, Throwable writeFailure) {
            Write next = null;
            boolean ask = false;
            Throwable failed;
            synchronized (RangeWriter.this) {
                writing = false;
                written += count;
                spare = bytes.clear();
                failed = failure != null ? failure : writeFailure == null ? null : Transfer.unwrap(writeFailure);
                if (failed == null && !last) {
                    if (ended) {
                        next = startWrite(true);
                    } else if (filling.position() >= WRITE_SIZE) {
                        next = startWrite(false);
                    } else if (outstanding == 0) {
                        outstanding = BATCH;
                        ask = true;
                    }
                }
            }
            if (failed != null) {
                subscription.cancel();
                finish(failed);
                return;
            }
            if (count > 0) {
                transfer.progress.bytes(count);
            }
            if (next != null) {
                next.run();
            } else if (ask) {
                subscription.request(BATCH);
            } else if (last) {
                long total;
                synchronized (RangeWriter.this) {
                    total = written;
                }
                finish(total == range.length() ? null : new SdkClientException(transfer.method() + ": the response"
                        + " for " + range.header() + " of " + transfer.what() + " ended after " + total + " of its "
                        + range.length() + " bytes"));
            }
        }
    }

    /** Records a failure; completes at once unless a write is under way (whose end then completes). */
    private void fail(Throwable t) {
        boolean now;
        synchronized (this) {
            if (failure != null || finished) {
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
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        forgetStop.run();
        if (t == null) {
            done.complete(digest == null ? null : digest.digest());
        } else {
            done.completeExceptionally(t);
        }
    }

    private ByteBuffer buffer() {
        return ByteBuffer.allocate((int) Math.min(WRITE_SIZE, Math.max(range.length(), 1)));
    }

    /** Writes the whole of {@code buffer} at {@code position} (a positional write may write less). */
    private static void writeFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            file.write(buffer, position + buffer.position());
        }
    }
}
