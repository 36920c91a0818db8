package io.boto4j.core.pipeline;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A plain-http transport for core tests that need a real socket (a local server standing in for
 * an AWS endpoint): java.net.http, in-memory bodies only. The layers have the real transports.
 */
final class LoopbackTransport implements HttpTransport {
    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest transportRequest) {
        SdkHttpRequest request = transportRequest.request();
        byte[] body = request.bodyBytes();
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).method(request.method(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, value);
            }
        });
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            Headers headers = new Headers();
            response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
            return new TransportResponse() {
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
                }
            };
        });
    }
}
