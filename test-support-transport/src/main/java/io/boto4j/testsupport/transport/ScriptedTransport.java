package io.boto4j.testsupport.transport;

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

/**
 * A transport that records what it is asked to send and answers from a script: the request
 * pipeline and the plugins without a socket. Once the script runs out it fails the request
 * ({@code new ScriptedTransport()}) or answers an empty 200 ({@link #answeringEmpty200()}, as the
 * botocore driver of the differential tests does).
 */
public final class ScriptedTransport implements HttpTransport {
    private final Deque<TransportResponse> script = new ArrayDeque<>();
    private final List<TransportRequest> sent = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final boolean emptyOkWhenDone;

    /** A transport that fails any request beyond its script. */
    public ScriptedTransport() {
        this(false);
    }

    private ScriptedTransport(boolean emptyOkWhenDone) {
        this.emptyOkWhenDone = emptyOkWhenDone;
    }

    /** A transport that answers an empty 200 to every request beyond its script. */
    public static ScriptedTransport answeringEmpty200() {
        return new ScriptedTransport(true);
    }

    /** Adds an answer with a UTF-8 text body to the script. */
    public ScriptedTransport respond(int status, Map<String, String> headers, String body) {
        return respond(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds an answer to the script; its Content-Length is the body's length unless
     * {@code headers} give one.
     */
    public ScriptedTransport respond(int status, Map<String, String> headers, byte[] body) {
        Headers h = new Headers();
        headers.forEach(h::add);
        if (h.first("Content-Length") == null) {
            h.set("Content-Length", Integer.toString(body.length));
        }
        script.add(new Answer(status, h, body));
        return this;
    }

    /** The requests sent so far, in order. */
    public List<TransportRequest> sent() {
        return sent;
    }

    /** The body of each request sent, read as a transport would send it (empty for none). */
    public List<byte[]> bodies() {
        return bodies;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        sent.add(request);
        RequestBody body = request.body();
        bodies.add(body == null ? new byte[0]
                : body.bytes() != null ? body.bytes() : Publishers.aggregate(body.publisher(), -1).join());
        if (script.isEmpty()) {
            if (!emptyOkWhenDone) {
                return CompletableFuture.failedFuture(new AssertionError("unexpected request " + request.request()));
            }
            respond(200, Map.of(), new byte[0]);
        }
        return CompletableFuture.completedFuture(script.poll());
    }

    /** One scripted answer. */
    private record Answer(int statusCode, Headers headers, byte[] bytes) implements TransportResponse {
        @Override
        public Flow.Publisher<ByteBuffer> body() {
            return Publishers.just(ByteBuffer.wrap(bytes));
        }

        @Override
        public void abort() {
        }
    }
}
