package io.boto4j.async.transport;

import io.boto4j.async.streams.FlowReadStream;
import io.boto4j.async.streams.OnContext;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The pipeline's transport on Vert.x core's {@link io.vertx.core.http.HttpClient}: one pooled
 * client per runtime, shared by every context that calls through it. Never blocks: the
 * connection, the body and the timers are all driven by the event loop of the calling context.
 * Cancelling the future of {@link #send} resets the request at any phase (connecting, sending,
 * waiting for the head); an {@link AttemptClock} bounds each attempt as the SPI says (see
 * {@link io.boto4j.core.transport}).
 *
 * <p>Not on the WebClient: it buffers response bodies or hands them to a {@code WriteStream}, and
 * cannot give the pipeline a paused body to pull from; the core client can, and the WebClient
 * runs on it anyway.
 */
public final class VertxHttpTransport implements HttpTransport {
    private final Vertx vertx;
    private final HttpClientAgent client;
    private final Duration connectTimeout;

    private VertxHttpTransport(Vertx vertx, HttpClientAgent client, Duration connectTimeout) {
        this.vertx = vertx;
        this.client = client;
        this.connectTimeout = connectTimeout;
    }

    /** A transport with its own pooled client, configured from {@code config}. Blocking (reads the CA bundle). */
    public static VertxHttpTransport create(Vertx vertx, ClientConfig config) {
        return create(vertx, config, null);
    }

    /**
     * A transport with its own pooled client, configured from the caller's {@code options} (null
     * for none) and {@code config}; where both set the same thing, the options win. Blocking.
     */
    public static VertxHttpTransport create(Vertx vertx, ClientConfig config, HttpClientOptions options) {
        Objects.requireNonNull(vertx, "vertx");
        Objects.requireNonNull(config, "config");
        // The bound named in connect-timeout errors: the caller's options win, as in the client.
        Duration connectTimeout = options != null && options.getConnectTimeout() != HttpClientOptions.DEFAULT_CONNECT_TIMEOUT
                ? Duration.ofMillis(options.getConnectTimeout()) : HttpClients.connectTimeout(config);
        return new VertxHttpTransport(vertx, HttpClients.create(vertx, config, options), connectTimeout);
    }

    /** The pooled client, for requests of the layer's own outside the pipeline (presigned URLs). */
    public HttpClientAgent httpClient() {
        return client;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        RequestOptions options;
        try {
            options = options(request.request());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        String authority = options.getHost() + ":" + options.getPort();
        Pending result = new Pending();
        Duration callTimeLeft = request.callTimeLeft();
        long callDeadline = callTimeLeft == null ? 0 : System.nanoTime() + callTimeLeft.toNanos();
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                result.completeExceptionally(TransportFailures.of(ar.cause(), connectTimeout, authority));
                return;
            }
            HttpClientRequest req = ar.result();
            result.started(req, Vertx.currentContext());
            if (result.isDone()) {
                // Cancelled while it waited for a connection: nothing was written, so a reset hands the
                // connection back to the pool, which may pass it to the next waiter at once. Closing it
                // here as well would kill that waiter's exchange (and cost a connection per give-up).
                req.reset();
                return;
            }
            if (callTimeLeft != null && System.nanoTime() - callDeadline >= 0) {
                // The call's time ran out while it waited, but its timer has not cancelled it yet
                // (timers fire late on a busy machine, and several calls' at once): a call that has
                // given up must not be sent, so the connection goes to the next waiter unused.
                req.reset();
                result.completeExceptionally(new AttemptTimeoutException(AttemptTimeoutException.Phase.CONNECT,
                        callTimeLeft, "no connection to " + authority + " within the call timeout"));
                return;
            }
            try {
                exchange(req, request, authority, result);
            } catch (RuntimeException | Error e) {
                // Whatever goes wrong while the exchange is set up must reach the caller, whose
                // future would otherwise never complete; the request is reset, its connection closed.
                if (result.completeExceptionally(e)) {
                    abandon(req);
                }
            }
        });
        return result;
    }

    private static RequestOptions options(SdkHttpRequest request) {
        URI endpoint = request.endpoint();
        boolean ssl = "https".equalsIgnoreCase(endpoint.getScheme());
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : ssl ? 443 : 80;
        String query = request.encodedQuery();
        // The path and query go as the signer encoded them: Vert.x must not encode them again.
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setHost(endpoint.getHost())
                .setPort(port)
                .setSsl(ssl)
                .setURI(request.fullEncodedPath() + (query.isEmpty() ? "" : "?" + query))
                .setFollowRedirects(false);
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                options.addHeader(name, value);
            }
        });
        return options;
    }

    /**
     * Sends the head and body, then waits for the response head; the attempt's clock bounds a
     * stalled upload and then the whole response, until the body is the caller's stream.
     */
    private void exchange(HttpClientRequest req, TransportRequest request, String authority, Pending result) {
        Context context = Vertx.currentContext();
        // The Host header the signer signed: without the scheme's default port.
        req.authority(HostAndPort.parseAuthority(request.request().hostHeader(), -1));
        AttemptClock clock = request.attemptTimeout() == null ? null
                : new AttemptClock(vertx, request.attemptTimeout(), authority, timeout -> {
                    if (result.completeExceptionally(timeout)) {
                        abandon(req);
                    } else {
                        // The head is in, the body is not: it fails, and the connection closes.
                        ((VertxResponse) result.join()).fail(timeout);
                    }
                });
        RequestBody body = request.body();
        if (body != null && !req.headers().contains("Content-Length")) {
            // Framed before the head goes out, which may be alone (Expect: 100-continue).
            if (body.bytes() != null) {
                req.putHeader("Content-Length", Integer.toString(body.bytes().length));
            } else {
                req.setChunked(true);
            }
        }
        Future<HttpClientResponse> response = req.response();
        Runnable sendBody = () -> sendBody(req, body, context, clock);
        ContinueGate gate = body != null && request.request().expectsContinue()
                ? new ContinueGate(vertx, req, sendBody) : null;
        if (gate == null) {
            sendBody.run();
        }
        response.onComplete(ar -> {
            if (ar.failed()) {
                if (clock != null) {
                    clock.done();
                }
                result.completeExceptionally(TransportFailures.of(ar.cause(), connectTimeout, authority));
                return;
            }
            if (clock != null) {
                clock.sent(); // a server may answer before it took the whole body
            }
            if (gate != null && gate.answeredFirst()) {
                // The body was declined, so the request never ended: its connection serves nobody else.
                closeAfter(ar.result(), req);
            }
            VertxResponse vr = new VertxResponse(ar.result(), context, clock);
            if (!result.complete(vr)) {
                vr.abort(); // the attempt was cancelled or timed out meanwhile: nobody reads this body
            }
        });
    }

    /** Closes the request's connection once the response has been read (or at once, if it already was). */
    private static void closeAfter(HttpClientResponse response, HttpClientRequest req) {
        try {
            response.end().onComplete(v -> closeConnection(req));
        } catch (IllegalStateException alreadyEnded) {
            closeConnection(req);
        }
    }

    /** Writes the body (or ends a request without one); the clock hears of the upload's progress. */
    private static void sendBody(HttpClientRequest req, RequestBody body, Context context, AttemptClock clock) {
        if (body == null || body.bytes() != null) {
            if (body == null) {
                req.end();
            } else {
                req.end(Buffer.buffer(body.bytes()));
            }
            if (clock != null) {
                clock.sent();
            }
            return;
        }
        if (clock != null) {
            clock.sending(req::writeQueueFull);
        }
        new FlowReadStream<ByteBuffer, Buffer>(body.publisher(), context, FlowReadStream::copyOf) {
            @Override
            public FlowReadStream<ByteBuffer, Buffer> handler(Handler<Buffer> handler) {
                return super.handler(handler == null || clock == null ? handler : b -> {
                    clock.progress();
                    handler.handle(b);
                });
            }

            @Override
            public FlowReadStream<ByteBuffer, Buffer> endHandler(Handler<Void> handler) {
                // The response's bound counts from the end of the body, not from the start of a long upload.
                return super.endHandler(handler == null || clock == null ? handler : v -> {
                    clock.sent();
                    handler.handle(v);
                });
            }
        }.pipeTo(req);
    }

    /**
     * Ends an exchange before its response arrived: resets the request and closes its connection,
     * which on HTTP/1.1 serves this request alone (a reset alone leaves a connection whose upload
     * was stalled open).
     */
    private static void abandon(HttpClientRequest req) {
        req.reset();
        closeConnection(req);
    }

    private static void closeConnection(HttpClientRequest req) {
        HttpConnection connection = req.connection();
        if (connection != null) {
            connection.close();
        }
    }

    /** Closes the pooled connections; does not wait. */
    @Override
    public void close() {
        client.close();
    }

    /** Closes the pooled connections. */
    public Future<Void> closeAsync() {
        return client.close();
    }

    /** The future of one exchange: cancelling it resets the request wherever it is. */
    private static final class Pending extends CompletableFuture<TransportResponse> {
        private volatile HttpClientRequest request;
        private volatile Context context;

        void started(HttpClientRequest request, Context context) {
            this.request = request;
            this.context = context;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            HttpClientRequest req = request;
            if (cancelled && req != null) {
                // On HTTP/1.1 a reset closes the connection: nothing half sent or half read is pooled.
                OnContext.run(context, () -> abandon(req));
            }
            return cancelled;
        }
    }
}
