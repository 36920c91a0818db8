package io.boto4j.async;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

/**
 * A write stream into a buffer in memory. A fast one is never full; a slow one is full after
 * every write until a timer drains it, and records a write that came while it was full, which a
 * writer honouring back-pressure never makes.
 */
final class BufferStream implements WriteStream<Buffer> {
    final Buffer received = Buffer.buffer();
    private final Vertx drainingOn;
    private volatile String writtenWhileFull;
    private volatile boolean ended;
    private boolean full;
    private Handler<Void> drain;

    private BufferStream(Vertx drainingOn) {
        this.drainingOn = drainingOn;
    }

    static BufferStream fast() {
        return new BufferStream(null);
    }

    static BufferStream slow(Vertx vertx) {
        return new BufferStream(vertx);
    }

    /** Where a write came while the stream was full, or null. */
    String writtenWhileFull() {
        return writtenWhileFull;
    }

    boolean ended() {
        return ended;
    }

    @Override
    public Future<Void> write(Buffer data) {
        if (full && writtenWhileFull == null) {
            writtenWhileFull = "at byte " + received.length();
        }
        received.appendBuffer(data);
        if (drainingOn != null) {
            full = true;
            drainingOn.setTimer(1, id -> {
                full = false;
                Handler<Void> handler = drain;
                if (handler != null) {
                    handler.handle(null);
                }
            });
        }
        return Future.succeededFuture();
    }

    @Override
    public Future<Void> end() {
        ended = true;
        return Future.succeededFuture();
    }

    @Override
    public boolean writeQueueFull() {
        return full;
    }

    @Override
    public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
        drain = handler;
        return this;
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
        return this;
    }
}
