package io.boto4j.core.transport;

import java.util.concurrent.CompletableFuture;

/**
 * The one step of the request pipeline that differs per layer: sending a signed request and
 * handing back the response as it arrives. The Vert.x layer implements it on its HTTP client,
 * the blocking layer on {@code java.net.http}. Implementations must not block the caller.
 *
 * <p>The returned future completes when the status and headers have arrived; the body follows
 * through {@link TransportResponse#body()}. A failure to connect, a reset or a timeout before
 * the headers fails the future.
 */
public interface HttpTransport extends AutoCloseable {

    CompletableFuture<TransportResponse> send(TransportRequest request);

    /** Releases pooled connections; calls in flight may fail. */
    @Override
    default void close() {
    }
}
