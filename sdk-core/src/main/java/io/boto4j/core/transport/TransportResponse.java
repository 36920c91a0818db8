package io.boto4j.core.transport;

import io.boto4j.core.http.Headers;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** A response whose status and headers have arrived and whose body is still to be read. */
public interface TransportResponse {

    int statusCode();

    Headers headers();

    /**
     * The body, to be subscribed to once. Completing normally means the transport saw the
     * end of the body; the pipeline checks the byte count against {@code Content-Length}.
     */
    Flow.Publisher<ByteBuffer> body();

    /** Gives up on the body: the connection is closed or released without reading further. */
    void abort();
}
