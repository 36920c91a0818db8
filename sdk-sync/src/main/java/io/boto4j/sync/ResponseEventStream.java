package io.boto4j.sync;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.pipeline.EventStream;
import io.boto4j.sync.internal.Blocking;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An output event stream (S3 SelectObjectContent, Bedrock ConverseStream...) as a blocking
 * iterator of events, each {@code {"EventName": {...members}}}. One event is asked for at a
 * time, so the connection is read only as fast as the caller iterates. A service error inside
 * the stream is thrown by {@link #hasNext()} as a {@code ServiceException}. Close it to stop
 * early; that closes the connection.
 */
public final class ResponseEventStream implements Iterator<Map<String, Object>>, AutoCloseable {
    private final EventStream source;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Map<String, Object>> events = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private boolean ended;
    private Throwable failure;
    private boolean closed;

    ResponseEventStream(EventStream source) {
        this.source = source;
        source.events().subscribe(new Receiver());
    }

    @Override
    public boolean hasNext() {
        lock.lock();
        try {
            while (events.isEmpty() && !ended && !closed) {
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    lock.unlock();
                    try {
                        close();
                    } finally {
                        lock.lock();
                    }
                    throw new SdkClientException("interrupted while waiting for the next event (stream closed)", e);
                }
            }
            if (!events.isEmpty()) {
                return true;
            }
            if (failure != null && !closed) {
                Throwable f = failure;
                failure = null;
                throw Blocking.rethrowable(f);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream has ended");
        }
        Map<String, Object> event;
        Flow.Subscription s;
        lock.lock();
        try {
            event = events.poll();
            s = subscription;
        } finally {
            lock.unlock();
        }
        s.request(1);
        return event;
    }

    /** Stops reading; before the end this closes the connection. */
    @Override
    public void close() {
        boolean abandon;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            abandon = !ended;
            events.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (abandon) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            source.abort();
        }
    }

    @Override
    public String toString() {
        return "ResponseEventStream[" + source + "]";
    }

    private final class Receiver implements Flow.Subscriber<Map<String, Object>> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            lock.lock();
            try {
                subscription = s;
            } finally {
                lock.unlock();
            }
            s.request(1);
        }

        @Override
        public void onNext(Map<String, Object> event) {
            lock.lock();
            try {
                if (!closed) {
                    events.add(event);
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onError(Throwable t) {
            end(t);
        }

        @Override
        public void onComplete() {
            end(null);
        }

        private void end(Throwable t) {
            lock.lock();
            try {
                ended = true;
                failure = t;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
