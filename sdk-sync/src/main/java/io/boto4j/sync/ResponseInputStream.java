package io.boto4j.sync;

import io.boto4j.core.pipeline.ResponseStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A streaming response body (S3 GetObject's {@code Body}) as an {@link InputStream}. The caller
 * must {@link #close()} it: closing before the end abandons the rest and closes the connection;
 * reading to the end returns the connection to the pool.
 *
 * <p>Memory stays bounded whatever the body's size: the stream asks the connection for a couple
 * of buffers at a time and asks for more only as the reader consumes them. A body cut short
 * (fewer bytes than its {@code Content-Length}) fails the read with an {@link IOException}
 * whose cause is the core's {@code TruncatedBodyException}; it never looks like a normal end.
 * Waiting uses a {@link ReentrantLock}, so virtual threads unmount while they wait.
 */
public final class ResponseInputStream extends InputStream {
    /** Buffers asked for ahead of the reader. */
    private static final int PREFETCH = 2;

    private final ResponseStream source;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<ByteBuffer> buffers = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private boolean ended;
    private Throwable failure;
    private boolean closed;

    ResponseInputStream(ResponseStream source) {
        this.source = Objects.requireNonNull(source, "source");
        source.publisher().subscribe(new Receiver());
    }

    /** The body's declared length ({@code Content-Length}), or -1 when the response did not say. */
    public long contentLength() {
        return source.contentLength();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        Flow.Subscription toRequest;
        int n;
        lock.lock();
        try {
            ByteBuffer head = awaitBuffer();
            if (head == null) {
                return -1;
            }
            n = Math.min(len, head.remaining());
            head.get(b, off, n);
            toRequest = null;
            if (!head.hasRemaining()) {
                buffers.poll();
                toRequest = subscription;
            }
        } finally {
            lock.unlock();
        }
        if (toRequest != null) {
            // Outside the lock: the publisher may deliver the next buffer on this thread.
            toRequest.request(1);
        }
        return n;
    }

    /** The buffer to read from, waiting for one; null at the end of the body. */
    private ByteBuffer awaitBuffer() throws IOException {
        while (true) {
            if (closed) {
                throw new IOException("the response stream is closed");
            }
            ByteBuffer head = buffers.peek();
            if (head != null) {
                return head;
            }
            if (ended) {
                if (failure == null) {
                    return null;
                }
                throw failure instanceof IOException io ? new IOException(io.getMessage(), io)
                        : new IOException("the response body could not be read: " + failure.getMessage(), failure);
            }
            try {
                changed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lock.unlock();
                try {
                    close();
                } finally {
                    lock.lock();
                }
                throw new InterruptedIOException("interrupted while reading the response body (stream closed)");
            }
        }
    }

    @Override
    public int available() {
        lock.lock();
        try {
            ByteBuffer head = buffers.peek();
            return closed || head == null ? 0 : head.remaining();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the stream; before the end of the body this closes the connection (see {@link #abort()}). */
    @Override
    public void close() {
        boolean abandon;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            abandon = !ended;
            buffers.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (abandon) {
            source.abort();
        }
    }

    /** Gives up on the rest of the body and closes the connection; same as closing before the end. */
    public void abort() {
        close();
    }

    @Override
    public String toString() {
        return "ResponseInputStream[" + (contentLength() < 0 ? "unknown length" : contentLength() + " bytes") + "]";
    }

    private final class Receiver implements Flow.Subscriber<ByteBuffer> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            boolean cancel;
            lock.lock();
            try {
                subscription = s;
                cancel = closed;
            } finally {
                lock.unlock();
            }
            if (cancel) {
                s.cancel();
            } else {
                s.request(PREFETCH);
            }
        }

        @Override
        public void onNext(ByteBuffer item) {
            lock.lock();
            try {
                if (!closed && item.hasRemaining()) {
                    buffers.add(item);
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
            if (!item.hasRemaining()) {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            end(error);
        }

        @Override
        public void onComplete() {
            end(null);
        }

        private void end(Throwable error) {
            lock.lock();
            try {
                ended = true;
                failure = error;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
