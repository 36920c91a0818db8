package io.boto4j.sync.transport;

import io.boto4j.core.http.Headers;
import io.boto4j.core.transport.TransportResponse;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;

/** A java.net.http response whose body has not been read yet. */
final class JdkTransportResponse implements TransportResponse {
    private final int status;
    private final Headers headers = new Headers();
    private final FlattenedBody body;

    JdkTransportResponse(HttpResponse<Flow.Publisher<List<ByteBuffer>>> response, Duration readTimeout) {
        this.status = response.statusCode();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(v -> headers.add(name, v));
            }
        });
        this.body = new FlattenedBody(response.body(), readTimeout);
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return body;
    }

    @Override
    public void abort() {
        body.cancel();
    }

    @Override
    public String toString() {
        return "JdkTransportResponse[" + status + "]";
    }
}
