package io.boto4j.core.pipeline;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A streaming output body (S3 GetObject's {@code Body}, an event stream) as the core hands it
 * to a layer, which turns it into its own type: a Vert.x {@code ReadStream<Buffer>} or an
 * {@code InputStream}. The caller must read it to the end or {@link #abort()} it, which
 * releases the connection.
 *
 * @param publisher     the bytes, subscribed to once
 * @param contentLength the declared length, or -1
 * @param onAbort       closes the connection without reading further
 */
public record ResponseStream(Flow.Publisher<ByteBuffer> publisher, long contentLength, Runnable onAbort) {

    /** Closes the connection without reading further. */
    public void abort() {
        onAbort.run();
    }

    @Override
    public String toString() {
        return "ResponseStream[" + (contentLength < 0 ? "unknown length" : contentLength + " bytes") + "]";
    }
}
