package io.boto4j.async;

import io.boto4j.async.streams.FlowReadStream;
import io.boto4j.core.pipeline.EventStream;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

import java.util.Map;

/**
 * An output event stream (S3 SelectObjectContent, Bedrock ConverseStream...) as a Vert.x
 * {@link ReadStream} of events, each {@code {"EventName": {...members}}}, delivered on the
 * context that made the call. Events are decoded only as fast as the consumer fetches them. A
 * service error inside the stream reaches the exception handler as a
 * {@link io.boto4j.core.ServiceException}. {@link #abort()} stops early and closes the connection.
 */
public final class EventReadStream implements ReadStream<Map<String, Object>> {
    private final EventStream source;
    private final FlowReadStream<Map<String, Object>, Map<String, Object>> stream;

    EventReadStream(EventStream source, Context context) {
        this.source = source;
        this.stream = new FlowReadStream<>(source.events(), context, event -> event);
    }

    /** Stops reading and closes the connection; nothing more is delivered. */
    public void abort() {
        stream.cancel();
        source.abort();
    }

    @Override
    public EventReadStream exceptionHandler(Handler<Throwable> handler) {
        stream.exceptionHandler(handler);
        return this;
    }

    @Override
    public EventReadStream handler(Handler<Map<String, Object>> handler) {
        stream.handler(handler);
        return this;
    }

    @Override
    public EventReadStream pause() {
        stream.pause();
        return this;
    }

    @Override
    public EventReadStream resume() {
        stream.resume();
        return this;
    }

    @Override
    public EventReadStream fetch(long amount) {
        stream.fetch(amount);
        return this;
    }

    @Override
    public EventReadStream endHandler(Handler<Void> endHandler) {
        stream.endHandler(endHandler);
        return this;
    }

    @Override
    public String toString() {
        return "EventReadStream[" + source + "]";
    }
}
