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

    /** The number of bytes {@link #publisher()} will emit, or -1 when unknown. */
    long contentLength();

    /** Whether {@link #publisher()} may be called again to send the same bytes (for retries). */
    boolean replayable();

    /** A publisher of the body; subscribe once per call. */
    Flow.Publisher<ByteBuffer> publisher();

    /** An in-memory body: replayable, known length. */
    static RequestBody of(byte[] bytes) {
        return new BytesBody(Objects.requireNonNull(bytes, "bytes"));
    }

    /** The bytes of an in-memory body, or null when this body streams. */
    default byte[] bytes() {
        return null;
    }
}
