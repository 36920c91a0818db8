package io.boto4j.sync;

import io.boto4j.core.pipeline.ResponseStream;
import io.boto4j.sync.internal.BlockingSubscriber;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A streaming response body (S3 GetObject's {@code Body}) as an {@link InputStream}. The caller
 * must {@link #close()} it: closing before the end abandons the rest and closes the connection;
 * reading to the end returns the connection to the pool.
 *
 * <p>Memory stays bounded whatever the body's size: the stream asks the connection for a couple
 * of buffers at a time, from the first read on, and asks for more only as the reader consumes
 * them; the blocking transport reads the socket on the reader's thread as it asks. The attempt
 * timeout bounds each wait for more bytes, never the time between reads. A body cut short
 * (fewer bytes than its {@code Content-Length}) fails the read with an {@link IOException}
 * whose cause is the core's {@code TruncatedBodyException}; it never looks like a normal end.
 * Waiting uses a {@code ReentrantLock}, so virtual threads unmount while they wait.
 */
public final class ResponseInputStream extends InputStream {
    /** Buffers asked for ahead of the reader. */
    private static final int PREFETCH = 2;

    private final ResponseStream source;
    private final BlockingSubscriber<ByteBuffer> buffers = new BlockingSubscriber<>(PREFETCH, ByteBuffer::hasRemaining);
    private boolean subscribed;

    ResponseInputStream(ResponseStream source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Starts reading at the first read, on the reader's thread: the connection is read as the reader asks. */
    private void subscribe() {
        if (!subscribed) {
            subscribed = true;
            source.publisher().subscribe(buffers);
        }
    }

    /**
     * The body's declared length, known before any byte is read.
     *
     * @return the response's {@code Content-Length} in bytes, or -1 when the response did not say
     */
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
        ByteBuffer head = awaitBuffer();
        if (head == null) {
            return -1;
        }
        // Only the reader touches the head once it is queued.
        int n = Math.min(len, head.remaining());
        head.get(b, off, n);
        if (!head.hasRemaining()) {
            buffers.consumeHead();
        }
        return n;
    }

    /** The buffer to read from, waiting for one; null at the end of the body. */
    private ByteBuffer awaitBuffer() throws IOException {
        subscribe();
        ByteBuffer head;
        try {
            head = buffers.awaitHead();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new InterruptedIOException("interrupted while reading the response body (stream closed)");
        }
        if (head != null) {
            return head;
        }
        if (buffers.isClosed()) {
            throw new IOException("the response stream is closed");
        }
        // Every read after a failed end fails again: a cut body never looks like a normal end.
        Throwable failure = buffers.failure();
        if (failure == null) {
            return null;
        }
        throw failure instanceof IOException io ? new IOException(io.getMessage(), io)
                : new IOException("the response body could not be read: " + failure.getMessage(), failure);
    }

    @Override
    public int available() {
        ByteBuffer head = buffers.head();
        return head == null ? 0 : head.remaining();
    }

    /** Closes the stream; before the end of the body this closes the connection (see {@link #abort()}). */
    @Override
    public void close() {
        if (buffers.close()) {
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
}
