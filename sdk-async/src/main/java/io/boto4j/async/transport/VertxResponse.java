package io.boto4j.async.transport;

import io.boto4j.async.streams.ReadStreamPublisher;
import io.boto4j.core.http.Headers;
import io.boto4j.core.transport.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.http.HttpClientResponse;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * A Vert.x response as the pipeline sees it. The body is paused from the moment the headers
 * arrive and flows only as fast as its subscriber asks for it.
 */
final class VertxResponse implements TransportResponse {
    private final HttpClientResponse response;
    private final Context context;
    private final Headers headers = new Headers();
    private final ReadStreamPublisher body;
    private final AttemptClock clock;

    /**
     * Must be created on {@code context}, in the callback that hands over the response.
     *
     * @param clock the attempt's clock, which hears of the body's demand and data, or null
     */
    VertxResponse(HttpClientResponse response, Context context, AttemptClock clock) {
        this.response = response;
        this.context = context;
        this.clock = clock;
        for (Map.Entry<String, String> h : response.headers()) {
            headers.add(h.getKey(), h.getValue());
        }
        this.body = new ReadStreamPublisher(response, context, this::abort, TransportFailures::of);
        if (clock != null) {
            body.watch(clock);
        }
    }

    @Override
    public int statusCode() {
        return response.statusCode();
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return body;
    }

    @Override
    public void streamingToCaller() {
        if (clock != null) {
            clock.streaming();
        }
    }

    /** Fails the body (a timeout) and closes the connection. */
    void fail(Throwable failure) {
        body.fail(failure);
    }

    /**
     * Resets the stream: on HTTP/1.1 that closes the connection, so unread bytes never reach the
     * pool. A no-op once the response has ended.
     */
    @Override
    public void abort() {
        if (clock != null) {
            clock.done();
        }
        context.runOnContext(v -> response.request().reset());
    }
}
