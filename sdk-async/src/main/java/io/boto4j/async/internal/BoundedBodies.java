package io.boto4j.async.internal;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;

/**
 * Small answers (errors, a PUT's empty body) read in bounded memory: the first {@code limit}
 * bytes are kept, so a broken or hostile server sending a huge body cannot make the reader
 * buffer it. Two ways, one for each Vert.x client.
 */
public final class BoundedBodies {
    private BoundedBodies() {
    }

    /**
     * The first {@code limit} bytes of a core client response's body. Once they are in, the rest
     * is not waited for: the stream is reset (which, on HTTP/1.1, closes the connection rather
     * than return it to the pool with unread bytes). A connection lost on the way yields what
     * came before, since the status alone already says what happened.
     */
    public static Future<Buffer> read(HttpClientResponse response, int limit) {
        Promise<Buffer> done = Promise.promise();
        Buffer body = Buffer.buffer();
        response.exceptionHandler(lost -> done.tryComplete(body));
        response.endHandler(end -> done.tryComplete(body));
        response.handler(chunk -> {
            body.appendBuffer(chunk, 0, Math.max(0, Math.min(chunk.length(), limit - body.length())));
            if (body.length() >= limit && done.tryComplete(body)) {
                response.request().reset();
            }
        });
        response.resume();
        return done.future();
    }

    /**
     * A WebClient body codec that keeps the first {@code limit} bytes and reads past the rest,
     * so that the connection stays fit for the pool. (A codec cannot reset its request.)
     */
    public static BodyCodec<Buffer> codec(int limit) {
        return () -> new BodyStream<>() {
            private final Promise<Buffer> result = Promise.promise();
            private final Buffer body = Buffer.buffer();

            @Override
            public Future<Buffer> result() {
                return result.future();
            }

            @Override
            public void handle(Throwable failure) {
                result.tryFail(failure);
            }

            @Override
            public Future<Void> write(Buffer chunk) {
                body.appendBuffer(chunk, 0, Math.max(0, Math.min(chunk.length(), limit - body.length())));
                return Future.succeededFuture();
            }

            @Override
            public Future<Void> end() {
                result.tryComplete(body);
                return Future.succeededFuture();
            }

            @Override
            public BodyStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
                return this;
            }

            @Override
            public BodyStream<Buffer> setWriteQueueMaxSize(int maxSize) {
                return this;
            }

            @Override
            public boolean writeQueueFull() {
                return false;
            }

            @Override
            public BodyStream<Buffer> drainHandler(Handler<Void> handler) {
                return this;
            }
        };
    }
}
