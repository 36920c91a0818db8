package io.boto4j.core.pipeline;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
            return ServiceRuntimeTest.ScriptedTransport.response(response.statusCode(), headers, response.body(), -1);
        });
    }
}
