package io.boto4j.s3;

import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Answers requests from a script and records them: the pipeline and the plugin without sockets. */
final class ScriptedTransport implements HttpTransport {
    private final Deque<TransportResponse> script = new ArrayDeque<>();
    final List<TransportRequest> seen = new ArrayList<>();
    /** The body of each request seen, read as the transport would send it (empty for none). */
    final List<byte[]> bodies = new ArrayList<>();

    ScriptedTransport then(int status, Map<String, String> headers, String body) {
        return then(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    ScriptedTransport then(int status, Map<String, String> headers, byte[] body) {
        script.add(response(status, headers, body));
        return this;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        seen.add(request);
        RequestBody body = request.body();
        bodies.add(body == null ? new byte[0]
                : body.bytes() != null ? body.bytes() : Publishers.aggregate(body.publisher(), -1).join());
        return script.isEmpty() ? CompletableFuture.failedFuture(new AssertionError("unexpected request " + request.request()))
                : CompletableFuture.completedFuture(script.poll());
    }

    private static TransportResponse response(int status, Map<String, String> headers, byte[] body) {
        Headers h = new Headers();
        headers.forEach(h::add);
        h.set("Content-Length", Integer.toString(body.length));
        return new TransportResponse() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public Headers headers() {
                return h;
            }

            @Override
            public Flow.Publisher<ByteBuffer> body() {
                return Publishers.just(ByteBuffer.wrap(body));
            }

            @Override
            public void abort() {
            }
        };
    }
}
