package io.boto4j.core.transport;

import java.util.concurrent.CompletableFuture;

/**
 * The one step of the request pipeline that differs per layer: sending a signed request and
 * handing back the response as it arrives. The Vert.x layer implements it on its HTTP client,
 * the blocking layer on sockets of its own that its callers' threads drive.
 *
 * <p>{@link #send} must not block the thread that calls it: a transport that does blocking I/O
 * runs it on {@link TransportRequest#executor()} (or threads it owns when that is null). The
 * returned future completes when the status and headers have arrived; the body follows through
 * {@link TransportResponse#body()}. A failure to connect, a reset or a timeout before the headers
 * fails the future. Cancelling the future stops the exchange wherever it is (connecting, sending,
 * waiting for the headers) and closes its connection; the pipeline cancels it when the call
 * times out or its caller cancels the call. See the {@linkplain io.boto4j.core.transport package
 * documentation} for the timeouts a transport enforces.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends one attempt of a request.
     *
     * @param request the signed request and the bounds of its attempt
     * @return a future completed, on a transport thread (or the request's executor), once the
     *         status and headers have arrived; failed when the exchange fails before that
     */
    CompletableFuture<TransportResponse> send(TransportRequest request);

    /** Releases pooled connections; calls in flight may fail. */
    @Override
    default void close() {
    }
}
