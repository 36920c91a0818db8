package io.boto4j.core.pipeline;

import io.boto4j.core.eventstream.EventStreamDecoder;
import io.boto4j.core.eventstream.EventStreamHandler;
import io.boto4j.core.internal.flow.DrainLoop;
import io.boto4j.core.model.OperationModel;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An output event stream (S3 SelectObjectContent, Kinesis SubscribeToShard, Bedrock
 * ConverseStream...): the response bytes decoded into events ({@code {"Records": {...}}}) with
 * back-pressure: bytes are requested from the connection only as events are requested. A
 * service error inside the stream ends it with that error. The layers wrap {@link #events()}
 * as a Vert.x {@code ReadStream} or a blocking {@code Iterator}.
 */
public final class EventStream {
    private final ResponseStream bytes;
    private final OperationModel operation;
    private final String protocol;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    /**
     * The events of a response's body.
     *
     * @param bytes     the response body, not yet read
     * @param operation the operation whose output shape names the events
     * @param protocol  the protocol that encodes the event payloads, e.g. {@code rest-json};
     *                  null for the model's own
     * @throws NullPointerException when {@code bytes} or {@code operation} is null
     */
    public EventStream(ResponseStream bytes, OperationModel operation, String protocol) {
        this.bytes = Objects.requireNonNull(bytes);
        this.operation = Objects.requireNonNull(operation);
        this.protocol = protocol;
    }

    /**
     * The events, in order; subscribe once.
     *
     * @return a publisher of each event as {@code {"EventName": {...members}}}; a second
     *         subscription fails with {@link IllegalStateException}; a service error event fails
     *         the stream with that error
     */
    public Flow.Publisher<Map<String, Object>> events() {
        return subscriber -> {
            if (!subscribed.compareAndSet(false, true)) {
                subscriber.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {
                    }

                    @Override
                    public void cancel() {
                    }
                });
                subscriber.onError(new IllegalStateException("an event stream can be read once"));
                return;
            }
            bytes.publisher().subscribe(new Bridge(subscriber));
        };
    }

    /** Stops reading and releases the connection. */
    public void abort() {
        bytes.abort();
    }

    @Override
    public String toString() {
        return "EventStream[" + operation + "]";
    }

    /** Byte subscriber on one side, event subscription on the other; a {@link DrainLoop} serializes signals. */
    private final class Bridge implements Flow.Subscriber<ByteBuffer>, Flow.Subscription {
        private final Flow.Subscriber<? super Map<String, Object>> downstream;
        private final Queue<Map<String, Object>> ready = new ArrayDeque<>();
        private final DrainLoop loop = new DrainLoop(this::emit);
        private final EventStreamDecoder decoder;
        private volatile Flow.Subscription upstream;
        private volatile boolean upstreamDone;
        private volatile Throwable failure;
        /** The subscriber broke the protocol: ends the stream at once, ahead of any queued event. */
        private volatile Throwable violation;
        private boolean bytesRequested;
        private boolean terminated;

        Bridge(Flow.Subscriber<? super Map<String, Object>> downstream) {
            this.downstream = downstream;
            EventStreamHandler handler = new EventStreamHandler() {
                @Override
                public void onEvent(Map<String, Object> event) {
                    synchronized (ready) {
                        ready.add(event);
                    }
                }

                @Override
                public void onInitialResponse(Map<String, Object> initialResponse) {
                    // Initial-response members belong to the call's output, not the stream.
                }
            };
            this.decoder = protocol == null ? EventStreamDecoder.forOperation(operation, handler)
                    : EventStreamDecoder.forOperation(operation, protocol, handler);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            upstream = s;
            downstream.onSubscribe(this);
        }

        @Override
        public void onNext(ByteBuffer item) {
            try {
                decoder.feed(item);
            } catch (RuntimeException e) {
                failure = e;
                upstream.cancel();
            }
            synchronized (ready) {
                bytesRequested = false;
            }
            loop.drain();
        }

        @Override
        public void onError(Throwable t) {
            failure = t;
            upstreamDone = true;
            loop.drain();
        }

        @Override
        public void onComplete() {
            try {
                decoder.end();
            } catch (RuntimeException e) {
                failure = e;
            }
            upstreamDone = true;
            loop.drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                // Reactive Streams 3.9: signal onError, and the subscription is over, upstream too.
                violation = new IllegalArgumentException("request(" + n + "): must be positive");
                Flow.Subscription s = upstream;
                if (s != null) {
                    s.cancel();
                }
            } else {
                loop.addDemand(n);
            }
            loop.drain();
        }

        @Override
        public void cancel() {
            loop.cancel(upstream);
        }

        /** One pass of the drain loop: the events demand allows, then the end, or more bytes. */
        private void emit() {
            if (loop.cancelled() || terminated) {
                return;
            }
            if (violation != null) {
                terminated = true;
                downstream.onError(violation);
                return;
            }
            while (loop.hasDemand()) {
                Map<String, Object> next;
                synchronized (ready) {
                    next = ready.poll();
                }
                if (next == null) {
                    break;
                }
                loop.itemSent();
                downstream.onNext(next);
            }
            boolean empty;
            synchronized (ready) {
                empty = ready.isEmpty();
            }
            if (failure != null && empty) {
                terminated = true;
                downstream.onError(failure);
                return;
            }
            if (upstreamDone && empty) {
                terminated = true;
                downstream.onComplete();
                return;
            }
            boolean askBytes = false;
            synchronized (ready) {
                if (loop.hasDemand() && empty && !bytesRequested && !upstreamDone) {
                    bytesRequested = true;
                    askBytes = true;
                }
            }
            if (askBytes) {
                upstream.request(1);
            }
        }
    }
}
