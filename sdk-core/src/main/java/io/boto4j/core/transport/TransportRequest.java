package io.boto4j.core.transport;

import io.boto4j.core.http.SdkHttpRequest;

import java.time.Duration;
import java.util.Objects;

/**
 * A signed request ready to go on the wire.
 *
 * @param request         method, URI and headers (the request's own {@code body()} is ignored: see {@code body})
 * @param body            the body to send, or null for none
 * @param responseTimeout how long to wait for the response headers (null: the transport's default)
 */
public record TransportRequest(SdkHttpRequest request, RequestBody body, Duration responseTimeout) {
    public TransportRequest {
        Objects.requireNonNull(request, "request");
    }
}
