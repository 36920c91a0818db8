package io.boto4j.async;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.util.Objects;

/**
 * A streaming request body (S3 PutObject's {@code Body}) read from a Vert.x {@link ReadStream}
 * with the number of bytes it will give. Pass it as the value of the streaming member:
 * {@code Map.of("Bucket", b, "Key", k, "Body", AsyncBody.of(file, size))}.
 *
 * <p>An {@link io.vertx.core.file.AsyncFile} may also be passed directly (its size is looked up),
 * and so may a {@link Buffer}, a {@code byte[]} or a {@code String} for bodies held in memory.
 * A stream is read once: a call whose stream was sent is not retried.
 */
public final class AsyncBody {
    private final ReadStream<Buffer> stream;
    private final long contentLength;

    private AsyncBody(ReadStream<Buffer> stream, long contentLength) {
        this.stream = stream;
        this.contentLength = contentLength;
    }

    /**
     * A body of {@code contentLength} bytes read from {@code stream}.
     *
     * @param stream        the bytes; paused as soon as the call starts and read as the request is sent
     * @param contentLength the exact number of bytes, or -1 when unknown (sent chunked, which S3
     *                      refuses for PutObject: give the length when you know it)
     * @return the body, to be used in one call
     * @throws IllegalArgumentException when {@code contentLength} is below -1
     * @throws NullPointerException     when {@code stream} is null
     */
    public static AsyncBody of(ReadStream<Buffer> stream, long contentLength) {
        if (contentLength < -1) {
            throw new IllegalArgumentException("contentLength must be -1 (unknown) or at least 0: " + contentLength);
        }
        return new AsyncBody(Objects.requireNonNull(stream, "stream"), contentLength);
    }

    /**
     * The stream the body is read from.
     *
     * @return the stream given to {@link #of}
     */
    public ReadStream<Buffer> stream() {
        return stream;
    }

    /**
     * The body's length, sent as its {@code Content-Length}.
     *
     * @return the number of bytes the stream gives, or -1 when unknown
     */
    public long contentLength() {
        return contentLength;
    }

    @Override
    public String toString() {
        return "AsyncBody[" + (contentLength < 0 ? "unknown length" : contentLength + " bytes") + "]";
    }
}
