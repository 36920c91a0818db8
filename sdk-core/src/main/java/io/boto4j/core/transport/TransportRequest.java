package io.boto4j.core.transport;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A signed request ready to go on the wire, with the bounds of its attempt (see the
 * {@linkplain io.boto4j.core.transport package documentation} for what each bound covers).
 *
 * @param request        method, URI, headers and body, exactly as signed
 * @param attemptTimeout how long the service may take to answer this attempt (the client's
 *                       {@code attemptTimeout}); null for no bound
 * @param callTimeLeft   what is left of the call timeout when the attempt starts; no wait of the
 *                       attempt may go past it. Null when the call has no timeout
 * @param executor       where a transport that blocks does this exchange's I/O: the blocking
 *                       layer's caller drains it while it waits, so the exchange runs on the
 *                       caller's own thread. Null when the transport must bring its own; a
 *                       transport that never blocks ignores it
 */
public record TransportRequest(SdkHttpRequest request, Duration attemptTimeout, Duration callTimeLeft,
                               Executor executor) {
    /**
     * Checks that a request is given.
     *
     * @param request        the signed request, required
     * @param attemptTimeout the attempt's bound, or null
     * @param callTimeLeft   what is left of the call timeout, or null
     * @param executor       where a blocking transport does its I/O, or null
     * @throws NullPointerException when {@code request} is null
     */
    public TransportRequest {
        Objects.requireNonNull(request, "request");
    }

    /**
     * A request bounded by its attempt timeout only, run on the transport's own threads.
     *
     * @param request the signed request, required
     * @param attemptTimeout how long the service may take to answer; null for no bound
     */
    public TransportRequest(SdkHttpRequest request, Duration attemptTimeout) {
        this(request, attemptTimeout, null, null);
    }

    /**
     * The body to send (the request's own body).
     *
     * @return the body, in memory or streamed; null for none
     */
    public RequestBody body() {
        return request.body();
    }
}
