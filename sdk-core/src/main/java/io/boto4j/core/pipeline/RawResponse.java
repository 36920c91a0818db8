package io.boto4j.core.pipeline;

import io.boto4j.core.http.Headers;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportResponse;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An attempt's response as hooks and the parser see it: the transport's status and headers and
 * its body, checked against {@code Content-Length}, which hooks may wrap or buffer.
 */
final class RawResponse implements AttemptResponse {
    private final TransportResponse transport;
    private final long declaredLength;
    private int status;
    private Flow.Publisher<ByteBuffer> body;
    private CompletableFuture<byte[]> buffered;

    RawResponse(TransportResponse transport, String method) {
        this.transport = transport;
        this.status = transport.statusCode();
        this.declaredLength = contentLength(transport.headers());
        // HEAD, 204 and 304 announce a length they do not send.
        int s = transport.statusCode();
        long expected = "HEAD".equals(method) || s == 204 || s == 304 ? -1 : declaredLength;
        this.body = Publishers.lengthChecked(transport.body(), expected);
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public void statusCode(int status) {
        this.status = status;
    }

    @Override
    public Headers headers() {
        return transport.headers();
    }

    @Override
    public Flow.Publisher<ByteBuffer> body() {
        return body;
    }

    @Override
    public void body(Flow.Publisher<ByteBuffer> replacement) {
        this.body = java.util.Objects.requireNonNull(replacement, "body");
        this.buffered = null;
    }

    @Override
    public CompletionStage<byte[]> bufferBody() {
        if (buffered == null) {
            buffered = Publishers.aggregate(body, -1).thenApply(bytes -> {
                body = Publishers.just(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
                return bytes;
            });
        }
        return buffered;
    }

    /** The whole body, read once (the buffered copy when a hook already read it). */
    CompletableFuture<byte[]> readAll() {
        return buffered != null ? buffered : Publishers.aggregate(body, -1);
    }

    /** The declared {@code Content-Length}, or -1. */
    long declaredLength() {
        return declaredLength;
    }

    /** Closes the connection without reading further; a no-op once the body was read to its end. */
    void abort() {
        transport.abort();
    }

    /** The body goes to the caller as a streaming output: the caller sets the pace from now on. */
    void streamingToCaller() {
        transport.streamingToCaller();
    }

    private static long contentLength(Headers headers) {
        String cl = headers.first("Content-Length");
        if (cl == null) {
            return -1;
        }
        try {
            return Long.parseLong(cl.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
