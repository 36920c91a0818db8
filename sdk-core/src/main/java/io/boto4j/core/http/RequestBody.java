package io.boto4j.core.http;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * A request body as the pipeline and the transports see it: a publisher of bytes with a
 * length when known. The layers adapt their own stream types (a Vert.x {@code ReadStream}, an
 * {@code InputStream}, a file) to this, so that chunked signing, checksums and compression are
 * written once in the core.
 */
public interface RequestBody {

    /**
     * The number of bytes {@link #publisher()} will emit, or -1 when unknown.
     *
     * @return the length in bytes, or -1
     */
    long contentLength();

    /**
     * Whether {@link #publisher()} may be called again to send the same bytes (for retries).
     *
     * @return true when every call of {@code publisher()} gives the same bytes
     */
    boolean replayable();

    /**
     * A publisher of the body; subscribe once per call.
     *
     * @return a publisher that honours back-pressure; of a body that is not {@link #replayable()},
     *         only the first one sends the bytes
     */
    Flow.Publisher<ByteBuffer> publisher();

    /**
     * An in-memory body: replayable, known length.
     *
     * @param bytes the body, not copied: never change them afterwards
     * @return a body whose {@link #bytes()} is {@code bytes}
     * @throws NullPointerException when {@code bytes} is null
     */
    static RequestBody of(byte[] bytes) {
        return new BytesBody(Objects.requireNonNull(bytes, "bytes"));
    }

    /**
     * The bytes of an in-memory body, or null when this body streams.
     *
     * @return the body's own array (not a copy), or null
     */
    default byte[] bytes() {
        return null;
    }
}
