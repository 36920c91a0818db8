package io.boto4j.bench.clients;

import io.boto4j.core.http.Headers;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A boto4j transport that never touches the network: it reads the request body (as a real
 * transport would, so that whatever is computed while streaming is paid for) and answers with a
 * canned response at once. It measures the pipeline's CPU cost alone.
 */
public final class CannedTransport implements HttpTransport {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public CannedTransport(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.body = body.clone();
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        RequestBody requestBody = request.body();
        CompletableFuture<byte[]> sent = requestBody == null
                ? CompletableFuture.completedFuture(null)
                : Publishers.aggregate(requestBody.publisher(), requestBody.contentLength());
        return sent.thenApply(ignored -> response());
    }

    private TransportResponse response() {
        Headers h = new Headers();
        headers.forEach(h::set);
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
                return body.length == 0 ? Publishers.empty() : Publishers.just(ByteBuffer.wrap(body));
            }

            @Override
            public void abort() {
            }
        };
    }
}
