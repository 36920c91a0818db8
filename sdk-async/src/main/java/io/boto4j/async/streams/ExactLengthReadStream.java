package io.boto4j.async.streams;

import io.boto4j.core.SdkClientException;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body that must give exactly the bytes its {@code Content-Length} declares. Vert.x
 * sends what a stream gives whatever the header says: a stream that ends short leaves the server
 * waiting for the rest, so the request never completes, and one that gives more corrupts the
 * connection. This one fails instead, through its exception handler (which fails the pipe that
 * sends it), saying what was declared and what came. Not thread-safe: events arrive on the
 * source's context.
 */
public final class ExactLengthReadStream implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long declared;
    private long seen;
    private SdkClientException failure;
    private Handler<Throwable> exceptionHandler;

    /** @param declared the length the request declares; at least 0 */
    public ExactLengthReadStream(ReadStream<Buffer> source, long declared) {
        if (declared < 0) {
            throw new IllegalArgumentException("declared length must be at least 0: " + declared);
        }
        this.source = source;
        this.declared = declared;
    }

    @Override
    public ExactLengthReadStream exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ExactLengthReadStream handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : chunk -> {
            if (failure != null) {
                return;
            }
            seen += chunk.length();
            if (seen > declared) {
                fail("gave more than the " + declared + " bytes its Content-Length declares");
            } else {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ExactLengthReadStream endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : end -> {
            if (failure != null) {
                return;
            }
            if (seen < declared) {
                fail("ended after " + seen + " of the " + declared + " bytes its Content-Length declares");
            } else {
                handler.handle(end);
            }
        });
        return this;
    }

    private void fail(String problem) {
        failure = new SdkClientException("the request body " + problem);
        source.pause();
        if (exceptionHandler != null) {
            exceptionHandler.handle(failure);
        }
    }

    /**
     * Why this stream failed, or null: what a request that sent it failed for, whatever the HTTP
     * client reports (it resets the request, and may say only that).
     */
    public SdkClientException failure() {
        return failure;
    }

    @Override
    public ExactLengthReadStream pause() {
        source.pause();
        return this;
    }

    @Override
    public ExactLengthReadStream resume() {
        source.resume();
        return this;
    }

    @Override
    public ExactLengthReadStream fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
