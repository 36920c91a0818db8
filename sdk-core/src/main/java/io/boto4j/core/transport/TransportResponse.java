package io.boto4j.core.transport;

import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.http.Headers;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** A response whose status and headers have arrived and whose body is still to be read. */
public interface TransportResponse {

    /**
     * The HTTP status of the response.
     *
     * @return the status code, e.g. 200 or 503
     */
    int statusCode();

    /**
     * The response's headers.
     *
     * @return the headers as received
     */
    Headers headers();

    /**
     * The body, to be subscribed to once. Completing normally means the transport saw the
     * end of the body; the pipeline checks the byte count against {@code Content-Length}.
     * Until {@link #streamingToCaller()} the attempt timeout bounds the whole body: when it
     * passes, the body fails with {@link AttemptTimeoutException}.
     *
     * @return the body's publisher; it supports a single subscriber
     */
    Flow.Publisher<ByteBuffer> body();

    /**
     * The pipeline hands the body to the caller as a streaming output (S3 GetObject's
     * {@code Body}): from now on the caller sets the pace, so the attempt timeout no longer
     * bounds the body as a whole but each wait for more bytes while the caller is waiting for
     * them (botocore's read timeout). The time the caller spends between reads never counts.
     */
    default void streamingToCaller() {
    }

    /**
     * Gives up on the body: the connection is closed (never returned to a pool half read).
     * Callable from any thread, more than once; a no-op once the body was read to its end.
     */
    void abort();
}
