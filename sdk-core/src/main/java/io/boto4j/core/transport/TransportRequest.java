package io.boto4j.core.transport;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;

import java.time.Duration;
import java.util.Objects;

/**
 * A signed request ready to go on the wire.
 *
 * @param request         method, URI, headers and body, exactly as signed
 * @param responseTimeout how long the attempt may take from the first byte sent to the last byte
 *                        of the response body (null: the transport's default)
 */
public record TransportRequest(SdkHttpRequest request, Duration responseTimeout) {
    public TransportRequest {
        Objects.requireNonNull(request, "request");
    }

    /** The body to send, or null for none (the request's own body). */
    public RequestBody body() {
        return request.body();
    }
}
