package io.boto4j.cli.calls;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.RequestBody;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A minimal java.net.http transport that buffers each response, for the CLI until the
 * blocking layer ({@code io.boto4j.sync}) is available; then that layer's transport replaces it.
 */
final class InterimJdkTransport implements HttpTransport {
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        SdkHttpRequest r = request.request();
        RequestBody body = request.body();
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : body.bytes() != null ? HttpRequest.BodyPublishers.ofByteArray(body.bytes())
                : HttpRequest.BodyPublishers.fromPublisher(body.publisher(), body.contentLength());
        HttpRequest.Builder b = HttpRequest.newBuilder(r.uri()).method(r.method(), publisher);
        if (request.responseTimeout() != null) {
            b.timeout(request.responseTimeout());
        }
        r.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                b.header(name, value);
            }
        });
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(BufferedResponse::new);
    }

    private static final class BufferedResponse implements TransportResponse {
        private final HttpResponse<byte[]> response;
        private final Headers headers = new Headers();

        BufferedResponse(HttpResponse<byte[]> response) {
            this.response = response;
            response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
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
            return Publishers.just(ByteBuffer.wrap(response.body()));
        }

        @Override
        public void abort() {
            // already read in full
        }
    }
}
