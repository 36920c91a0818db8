package io.boto4j.cli.debug;

import io.boto4j.core.http.Headers;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.util.concurrent.CompletableFuture;

/** The wire detail of {@code --debug}: each request sent and each response's status and headers, redacted. */
public final class LoggingTransport implements HttpTransport {
    private static final System.Logger LOG = System.getLogger("io.boto4j.cli.wire");

    private final HttpTransport delegate;

    public LoggingTransport(HttpTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            long length = request.body() == null ? 0 : request.body().contentLength();
            LOG.log(System.Logger.Level.DEBUG, "sending " + request.request().method() + " "
                    + request.request().uri() + headers(request.request().headers()) + "\n  body: " + length
                    + " bytes");
        }
        long start = System.nanoTime();
        return delegate.send(request).whenComplete((response, failure) -> {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, "no response after " + ms + " ms: " + failure);
            } else if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
                LOG.log(System.Logger.Level.DEBUG, "received HTTP " + response.statusCode() + " after " + ms + " ms"
                        + headers(response.headers()));
            }
        });
    }

    private static String headers(Headers headers) {
        StringBuilder sb = new StringBuilder();
        headers.forEach((name, value) -> sb.append("\n  ").append(name).append(": ")
                .append(Redaction.header(name, value)));
        return sb.toString();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
