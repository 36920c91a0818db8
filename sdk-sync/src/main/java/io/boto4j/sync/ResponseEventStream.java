package io.boto4j.sync;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.EventStream;
import io.boto4j.sync.internal.Blocking;
import io.boto4j.sync.internal.BlockingSubscriber;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An output event stream (S3 SelectObjectContent, Bedrock ConverseStream...) as a blocking
 * iterator of events, each {@code {"EventName": {...members}}}. One event is asked for at a
 * time, so the connection is read only as fast as the caller iterates. A service error inside
 * the stream is thrown by {@link #hasNext()} as a {@code ServiceException}. Close it to stop
 * early; that closes the connection.
 */
public final class ResponseEventStream implements Iterator<Map<String, Object>>, AutoCloseable {
    private final EventStream source;
    private final BlockingSubscriber<Map<String, Object>> events = new BlockingSubscriber<>(1, e -> true);
    private boolean subscribed;

    ResponseEventStream(EventStream source) {
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        if (!subscribed) {
            // The first event is asked for here, on the reader's thread, which reads the connection.
            subscribed = true;
            source.events().subscribe(events);
        }
        Map<String, Object> head;
        try {
            head = events.awaitHead();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new SdkClientException("interrupted while waiting for the next event (stream closed)", e);
        }
        if (head != null) {
            return true;
        }
        Throwable failure = events.isClosed() ? null : events.takeFailure();
        if (failure != null) {
            throw Blocking.rethrowable(failure);
        }
        return false;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream has ended");
        }
        Map<String, Object> event = events.head();
        events.consumeHead();
        return event;
    }

    /** Stops reading; before the end this closes the connection. */
    @Override
    public void close() {
        if (events.close()) {
            source.abort();
        }
    }

    @Override
    public String toString() {
        return "ResponseEventStream[" + source + "]";
    }
}
