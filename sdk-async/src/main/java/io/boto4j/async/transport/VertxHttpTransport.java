package io.boto4j.async.transport;

import io.boto4j.async.streams.FlowReadStream;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.retry.TransientTransportException;
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
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
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
 *
 * <p>Not on the WebClient: it buffers response bodies or hands them to a {@code WriteStream}, and
 * cannot give the pipeline a paused body to pull from; the core client can, and the WebClient
 * runs on it anyway.
 */
public final class VertxHttpTransport implements HttpTransport {
    private final Vertx vertx;
    private final HttpClientAgent client;

    private VertxHttpTransport(Vertx vertx, HttpClientAgent client) {
        this.vertx = vertx;
        this.client = client;
    }

    /** A transport with its own pooled client, configured from {@code config}. Blocking (reads the CA bundle). */
    public static VertxHttpTransport create(Vertx vertx, ClientConfig config) {
        Objects.requireNonNull(vertx, "vertx");
        return new VertxHttpTransport(vertx, HttpClients.create(vertx, Objects.requireNonNull(config, "config")));
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        RequestOptions options;
        try {
            options = options(request.request());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        client.request(options).onComplete(ar -> {
            if (ar.failed()) {
                result.completeExceptionally(TransportFailures.of(ar.cause()));
            } else {
                exchange(ar.result(), request, result);
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

    /** Sends the head and body, then waits (with the attempt's response timeout) for the response head. */
    private void exchange(HttpClientRequest req, TransportRequest request, CompletableFuture<TransportResponse> result) {
        Context context = Vertx.currentContext();
        // The Host header the signer signed: without the scheme's default port.
        req.authority(HostAndPort.parseAuthority(request.request().hostHeader(), -1));
        Runnable sent = () -> startResponseTimer(req, request.responseTimeout(), result);
        Future<HttpClientResponse> response;
        RequestBody body = request.body();
        if (body == null) {
            response = req.send();
            sent.run();
        } else if (body.bytes() != null) {
            response = req.send(Buffer.buffer(body.bytes()));
            sent.run();
        } else {
            if (body.contentLength() < 0) {
                req.setChunked(true);
            }
            response = req.send(new FlowReadStream<ByteBuffer, Buffer>(body.publisher(), context, FlowReadStream::copyOf) {
                @Override
                public FlowReadStream<ByteBuffer, Buffer> endHandler(Handler<Void> handler) {
                    // The response timeout counts from the end of the body, not from the start of a long upload.
                    return super.endHandler(handler == null ? null : v -> {
                        sent.run();
                        handler.handle(v);
                    });
                }
            });
        }
        response.onComplete(ar -> {
            if (ar.failed()) {
                result.completeExceptionally(TransportFailures.of(ar.cause()));
                return;
            }
            VertxResponse vr = new VertxResponse(ar.result(), context);
            if (!result.complete(vr)) {
                // The attempt already timed out: nobody will read this body.
                vr.abort();
            }
        });
    }

    private void startResponseTimer(HttpClientRequest req, Duration timeout, CompletableFuture<TransportResponse> result) {
        if (timeout == null || result.isDone()) {
            return;
        }
        long timer = vertx.setTimer(HttpClients.millis(timeout), id -> {
            if (result.completeExceptionally(TransientTransportException.timeout(
                    "no response within " + timeout + " (the attempt timeout)", null))) {
                req.reset();
            }
        });
        result.whenComplete((r, e) -> vertx.cancelTimer(timer));
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
}
