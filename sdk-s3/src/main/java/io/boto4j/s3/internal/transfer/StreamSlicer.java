package io.boto4j.s3.internal.transfer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Cuts a stream of unknown (or known) length into parts of {@code partSize} bytes as it reads it,
 * with bounded memory: it asks the stream for more only while a part is being filled, so it holds
 * the part being filled and at most the rest of one buffer of the stream's beyond it. Each part is
 * its own array, handed over whole: the uploader keeps it until S3 acknowledged the part (and
 * retries send it again), and {@link PartRunner} asks for a new part only when a slot is free.
 *
 * <p>A part's array starts small and doubles up to the part size, so a short stream costs little.
 */
final class StreamSlicer implements PartRunner.Source<StreamSlicer.Chunk>, Flow.Subscriber<ByteBuffer> {
    private static final int FIRST_CAPACITY = 256 * 1024;

    /** A part cut from the stream: its number (from 1) and exactly its bytes. */
    record Chunk(int partNumber, byte[] bytes) {
        int length() {
            return bytes.length;
        }
    }

    private final Flow.Publisher<ByteBuffer> stream;
    private final int partSize;

    // Guarded by this: the subscriber side and next()/cancel() run on different threads.
    private Flow.Subscription subscription;
    private boolean subscribed;
    private CompletableFuture<Chunk> pending;
    private byte[] part;
    private int filled;
    private ByteBuffer leftover;
    private boolean ended;
    private boolean cancelled;
    private Throwable error;
    private int nextPartNumber = 1;
    private long bytesRead;

    StreamSlicer(Flow.Publisher<ByteBuffer> stream, int partSize) {
        if (partSize < 1) {
            throw new IllegalArgumentException("partSize must be positive: " + partSize);
        }
        this.stream = stream;
        this.partSize = partSize;
    }

    /** The bytes read from the stream so far. */
    synchronized long bytesRead() {
        return bytesRead;
    }

    /** Whether the stream reached its end. */
    synchronized boolean ended() {
        return ended && leftover == null;
    }

    @Override
    public CompletableFuture<Chunk> next() {
        CompletableFuture<Chunk> result;
        Runnable emitted = null;
        boolean subscribe = false;
        boolean request = false;
        synchronized (this) {
            if (pending != null) {
                throw new IllegalStateException("next() called before the previous part arrived");
            }
            if (error != null) {
                return CompletableFuture.failedFuture(error);
            }
            if (cancelled) {
                return CompletableFuture.failedFuture(new CancellationException("the stream was cancelled"));
            }
            pending = result = new CompletableFuture<>();
            part = new byte[Math.min(partSize, FIRST_CAPACITY)];
            filled = 0;
            if (leftover != null) {
                take(leftover);
                leftover = leftover.hasRemaining() ? leftover : null;
            }
            if (filled == partSize || (ended && leftover == null)) {
                emitted = emit();
            } else if (!subscribed) {
                subscribed = subscribe = true;
            } else {
                request = true;
            }
        }
        if (emitted != null) {
            emitted.run();
        } else if (subscribe) {
            stream.subscribe(this);
        } else if (request) {
            subscription.request(1);
        }
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        synchronized (this) {
            subscription = s;
            cancel = cancelled;
        }
        if (cancel) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(ByteBuffer buffer) {
        boolean more;
        Runnable emitted = null;
        synchronized (this) {
            bytesRead += buffer.remaining();
            if (pending == null) {
                // Only from a publisher that sends more than asked for: keep it for the next part.
                leftover = copyOf(leftover, buffer);
                return;
            }
            take(buffer);
            if (buffer.hasRemaining()) {
                // The part is full; the buffer belongs to the publisher once this returns.
                leftover = copyOf(null, buffer);
            }
            more = filled < partSize;
            if (!more) {
                emitted = emit();
            }
        }
        if (more) {
            subscription.request(1);
        } else {
            emitted.run();
        }
    }

    @Override
    public void onError(Throwable t) {
        CompletableFuture<Chunk> p;
        synchronized (this) {
            error = t;
            p = pending;
            pending = null;
            part = null;
        }
        if (p != null) {
            p.completeExceptionally(t);
        }
    }

    @Override
    public void onComplete() {
        Runnable emitted = null;
        synchronized (this) {
            ended = true;
            if (pending != null && leftover == null) {
                emitted = emit();
            }
        }
        if (emitted != null) {
            emitted.run();
        }
    }

    @Override
    public void cancel() {
        Flow.Subscription s;
        CompletableFuture<Chunk> p;
        synchronized (this) {
            cancelled = true;
            s = subscription;
            p = pending;
            pending = null;
            part = null;
            leftover = null;
        }
        if (s != null) {
            s.cancel();
        }
        if (p != null) {
            p.completeExceptionally(new CancellationException("the stream was cancelled"));
        }
    }

    /** Copies as much of {@code buffer} as the part takes, growing its array up to the part size. */
    private void take(ByteBuffer buffer) {
        int wanted = Math.min(buffer.remaining(), partSize - filled);
        if (filled + wanted > part.length) {
            int capacity = part.length;
            while (capacity < filled + wanted) {
                capacity = (int) Math.min(partSize, capacity * 2L);
            }
            part = Arrays.copyOf(part, capacity);
        }
        buffer.get(part, filled, wanted);
        filled += wanted;
    }

    /**
     * Takes the part out (null at the end of the stream), holding the lock; the returned action
     * hands it over and must run after the lock is released, as the receiver may call back.
     */
    private Runnable emit() {
        CompletableFuture<Chunk> p = pending;
        pending = null;
        Chunk chunk = filled == 0 ? null
                : new Chunk(nextPartNumber++, filled == part.length ? part : Arrays.copyOf(part, filled));
        part = null;
        return () -> p.complete(chunk);
    }

    private static ByteBuffer copyOf(ByteBuffer before, ByteBuffer buffer) {
        int size = (before == null ? 0 : before.remaining()) + buffer.remaining();
        ByteBuffer copy = ByteBuffer.allocate(size);
        if (before != null) {
            copy.put(before);
        }
        copy.put(buffer);
        return copy.flip();
    }
}
