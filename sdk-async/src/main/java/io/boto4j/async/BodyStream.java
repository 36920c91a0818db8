package io.boto4j.async;

import io.boto4j.async.streams.FlowReadStream;
import io.boto4j.core.pipeline.ResponseStream;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

import java.nio.ByteBuffer;

/**
 * A streamed response body (S3 GetObject's {@code Body}) as a Vert.x {@link ReadStream}. It
 * reads from the connection only as fast as its consumer fetches, so
 * {@code body.pipeTo(asyncFile)} copies an object of any size in bounded memory. Its events
 * arrive on the context that made the call.
 *
 * <p>Read it to the end or {@link #abort()} it: until then it holds a pooled connection. A body
 * cut short by the connection ends with a {@link io.boto4j.core.TruncatedBodyException}
 * (through the exception handler, or the failed {@code pipeTo} future), never quietly.
 */
public final class BodyStream implements ReadStream<Buffer> {
    private final FlowReadStream<ByteBuffer, Buffer> stream;
    private final ResponseStream source;

    BodyStream(ResponseStream source, Context context) {
        this.source = source;
        this.stream = FlowReadStream.ofBytes(source.publisher(), context);
    }

    /**
     * The length the response declared, known before any byte is read.
     *
     * @return the response's {@code Content-Length} in bytes, or -1 when it did not say
     */
    public long contentLength() {
        return source.contentLength();
    }

    /**
     * Stops reading and closes the connection (it does not go back to the pool); nothing more is
     * delivered. May be called from any thread.
     */
    public void abort() {
        stream.cancel();
        source.abort();
    }

    /**
     * Reads the whole body into memory: for small bodies only. It sets the stream's handlers, so
     * use it instead of reading the stream yourself, not as well.
     *
     * @return the body, on the context that made the call; fails with
     *         {@link io.boto4j.core.TruncatedBodyException} when the body was cut short, or as the
     *         connection failed
     */
    public Future<Buffer> readAll() {
        Promise<Buffer> promise = Promise.promise();
        Buffer all = Buffer.buffer(contentLength() > 0 && contentLength() < (1 << 24) ? (int) contentLength() : 256);
        stream.exceptionHandler(promise::tryFail);
        stream.endHandler(v -> promise.tryComplete(all));
        stream.handler(all::appendBuffer);
        return promise.future();
    }

    @Override
    public BodyStream exceptionHandler(Handler<Throwable> handler) {
        stream.exceptionHandler(handler);
        return this;
    }

    @Override
    public BodyStream handler(Handler<Buffer> handler) {
        stream.handler(handler);
        return this;
    }

    @Override
    public BodyStream pause() {
        stream.pause();
        return this;
    }

    @Override
    public BodyStream resume() {
        stream.resume();
        return this;
    }

    @Override
    public BodyStream fetch(long amount) {
        stream.fetch(amount);
        return this;
    }

    @Override
    public BodyStream endHandler(Handler<Void> endHandler) {
        stream.endHandler(endHandler);
        return this;
    }

    @Override
    public String toString() {
        return "BodyStream[" + (contentLength() < 0 ? "unknown length" : contentLength() + " bytes") + "]";
    }
}
