package io.boto4j.services;

import io.boto4j.core.http.Headers;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A transport that records what it is asked to send and answers from a script (an empty 200
 * once the script runs out, as the botocore driver does): the pipeline and the plugins without
 * a socket.
 */
final class ScriptedTransport implements HttpTransport {
    private final Deque<TransportResponse> script = new ArrayDeque<>();
    final List<TransportRequest> sent = new ArrayList<>();

    ScriptedTransport respond(int status, Map<String, String> headers, byte[] body) {
        Headers h = new Headers();
        headers.forEach(h::add);
        if (h.first("Content-Length") == null) {
            h.set("Content-Length", Integer.toString(body.length));
        }
        script.add(new TransportResponse() {
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
        });
        return this;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        sent.add(request);
        if (script.isEmpty()) {
            respond(200, Map.of(), new byte[0]);
        }
        return CompletableFuture.completedFuture(script.poll());
    }
}
