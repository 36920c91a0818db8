package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.pipeline.BlockingPool;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The blocking layer's transport: HTTP/1.1 over blocking sockets of its own, driven by the
 * threads of its callers. {@link #send} hands the exchange to the request's executor (the
 * blocking caller's {@link io.boto4j.sync.internal.CallerLoop}), so the caller's thread
 * connects, writes and reads: no hand-off to another thread, no thread of its own; a streaming
 * output is read on the thread that reads it.
 *
 * <p>What it does: keep-alive with a pool of at most {@code maxConnections} per endpoint (a
 * connection is reused only after its response was read to the end, callers beyond the bound wait
 * within the connect timeout; see {@link ConnectionPool}), {@code Content-Length} and chunked
 * request bodies, {@code Expect: 100-continue}, fixed, chunked and close-delimited response
 * bodies, TLS with the host name checked against the certificate, {@code http://} proxies (plain
 * requests forwarded, https tunnelled with {@code CONNECT}, Basic credentials from the proxy
 * URI). What it refuses: other proxy schemes (at client build), header values with line breaks.
 * TLS checks can only be turned off by {@code insecureTrustAllCertificates}, which logs a warning.
 * Redirects are never followed (the pipeline treats them as botocore does). Timeouts and
 * cancellation are the SPI's (see {@link io.boto4j.core.transport}).
 */
public final class SocketHttpTransport implements HttpTransport {
    private final TransportSettings settings;
    private final ConnectionPool pool;
    private final Tls tls;
    private final URI proxy;

    public SocketHttpTransport(TransportSettings settings) {
        this.settings = settings;
        this.pool = new ConnectionPool(settings.maxConnections(), settings.idleTimeout());
        this.tls = new Tls(settings.caBundle(), settings.insecureTrustAllCertificates());
        this.proxy = settings.proxy();
        tls.checkBundle();
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        if (pool.isClosed()) {
            return CompletableFuture.failedFuture(new SdkClientException("the client is closed"));
        }
        Exchange exchange;
        try {
            SdkHttpRequest http = request.request();
            RequestHead.check(http);
            exchange = new Exchange(this, request, Route.of(http.endpoint(), proxy), contentLength(http, request.body()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e instanceof SdkClientException ? e
                    : new SdkClientException(e.getMessage(), e));
        }
        Executor executor = request.executor() != null ? request.executor() : fallbackExecutor();
        executor.execute(exchange);
        return exchange.future();
    }

    /**
     * The body's length as it will be framed: its own, which must equal a signed
     * {@code Content-Length} (what goes on the wire is what was signed); -1 for chunked, -2 for none.
     */
    static long contentLength(SdkHttpRequest request, RequestBody body) {
        long length = body == null ? -2 : body.contentLength();
        String signed = request.headers().first("Content-Length");
        if (signed != null && (length == -1 || !signed.trim().equals(Long.toString(Math.max(length, 0))))) {
            throw new SdkClientException("Content-Length header " + signed + " does not match the body's "
                    + (length == -1 ? "unknown length" : Math.max(length, 0) + " bytes")
                    + ": refusing to send a request that differs from what was signed");
        }
        return length;
    }

    /** Connections open now, in use or idle in the pool. */
    public int openConnections() {
        return pool.openConnections();
    }

    ConnectionPool pool() {
        return pool;
    }

    Tls tls() {
        return tls;
    }

    Duration connectTimeout() {
        return settings.connectTimeout();
    }

    /** Where exchanges run when the request names no executor: threads of the shared blocking pool. */
    Executor fallbackExecutor() {
        return BlockingPool.shared();
    }

    /** Closes the idle connections; connections in use close when their exchange ends. Calls after it fail. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "SocketHttpTransport[" + settings + "]";
    }
}
