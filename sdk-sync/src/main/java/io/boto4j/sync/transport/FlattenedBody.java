package io.boto4j.sync.transport;

import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * java.net.http hands a response body out as lists of buffers; the core reads single buffers.
 * This publisher flattens one into the other, asking the JDK for the next list only when the
 * buffers of the last one are delivered, so that backpressure reaches the socket and a slow
 * reader holds at most one list in memory.
 *
 * <p>One subscriber only (the JDK's publisher is single-use too). {@link #cancel()} gives up on
 * the body whether or not anyone subscribed: the JDK then closes the connection.
 *
 * <p>java.net.http's request timeout ends when the headers arrive; like botocore's read
 * timeout, this publisher also fails the body with {@link HttpTimeoutException} when the server
 * sends nothing for {@code readTimeout} while the reader is waiting for bytes.
 */
final class FlattenedBody implements Flow.Publisher<ByteBuffer> {
    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private final Flow.Publisher<List<ByteBuffer>> upstream;
    private final Duration readTimeout;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private volatile Bridge bridge;

    /** @param readTimeout the longest wait for the next bytes, or null for none */
    FlattenedBody(Flow.Publisher<List<ByteBuffer>> upstream, Duration readTimeout) {
        this.upstream = upstream;
        this.readTimeout = readTimeout;
    }

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "boto4j-read-timeout");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(NoSubscription.INSTANCE);
            subscriber.onError(new IllegalStateException("a response body can be read only once"));
            return;
        }
        Bridge b = new Bridge(subscriber, readTimeout);
        bridge = b;
        upstream.subscribe(b);
    }

    /** Abandons the body: cancels the reader's subscription, or subscribes only to cancel. */
    void cancel() {
        if (subscribed.compareAndSet(false, true)) {
            upstream.subscribe(new CancellingSubscriber());
            return;
        }
        Bridge b = bridge;
        if (b != null) {
            b.cancel();
        }
    }

    /** Upstream subscriber and downstream subscription at once; {@link #drain} is serialized. */
    private static final class Bridge implements Flow.Subscriber<List<ByteBuffer>>, Flow.Subscription {
        private final Flow.Subscriber<? super ByteBuffer> downstream;
        private final Duration readTimeout;
        private volatile ScheduledFuture<?> timer;
        private final Queue<ByteBuffer> buffers = new ConcurrentLinkedQueue<>();
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private volatile Flow.Subscription upstream;
        private volatile boolean awaitingUpstream;
        private volatile boolean upstreamDone;
        private volatile Throwable upstreamError;
        private volatile boolean cancelled;
        private volatile Throwable violation;
        private boolean terminated;

        Bridge(Flow.Subscriber<? super ByteBuffer> downstream, Duration readTimeout) {
            this.downstream = downstream;
            this.readTimeout = readTimeout;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            upstream = subscription;
            downstream.onSubscribe(this);
            if (cancelled) {
                subscription.cancel();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            buffers.addAll(items);
            awaitingUpstream = false;
            disarm();
            drain();
        }

        @Override
        public void onError(Throwable error) {
            disarm();
            upstreamError = error;
            upstreamDone = true;
            drain();
        }

        @Override
        public void onComplete() {
            disarm();
            upstreamDone = true;
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                // Reactive Streams rule 3.9: fail the subscriber and stop the upstream.
                violation = new IllegalArgumentException("request(" + n + "): must be positive");
                Flow.Subscription s = upstream;
                if (s != null) {
                    s.cancel();
                }
                drain();
                return;
            }
            demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            drain();
        }

        @Override
        public void cancel() {
            if (!cancelled) {
                cancelled = true;
                disarm();
                Flow.Subscription s = upstream;
                if (s != null) {
                    s.cancel();
                }
                drain();
            }
        }

        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                if (terminated) {
                    buffers.clear();
                } else if (violation != null) {
                    terminated = true;
                    buffers.clear();
                    downstream.onError(violation);
                } else if (cancelled) {
                    buffers.clear();
                    terminated = true;
                } else {
                    deliver();
                }
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        private void deliver() {
            ByteBuffer next;
            while (demand.get() > 0 && !cancelled && (next = buffers.poll()) != null) {
                if (next.hasRemaining()) {
                    demand.decrementAndGet();
                    downstream.onNext(next);
                }
            }
            if (cancelled || !buffers.isEmpty()) {
                return;
            }
            if (upstreamDone) {
                terminated = true;
                Throwable error = upstreamError;
                if (error != null) {
                    downstream.onError(error);
                } else {
                    downstream.onComplete();
                }
            } else if (demand.get() > 0 && !awaitingUpstream) {
                awaitingUpstream = true;
                arm();
                upstream.request(1);
            }
        }

        private void arm() {
            if (readTimeout != null) {
                timer = TIMERS.schedule(this::timedOut, readTimeout.toNanos(), TimeUnit.NANOSECONDS);
            }
        }

        private void disarm() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
        }

        /** The server sent nothing for the read timeout while bytes were wanted: give up on it. */
        private void timedOut() {
            if (!awaitingUpstream || upstreamDone || cancelled) {
                return;
            }
            upstreamError = new HttpTimeoutException("no response body bytes within the read timeout of "
                    + readTimeout);
            upstreamDone = true;
            Flow.Subscription s = upstream;
            if (s != null) {
                s.cancel();
            }
            drain();
        }
    }

    private static final class CancellingSubscriber implements Flow.Subscriber<List<ByteBuffer>> {
        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    private enum NoSubscription implements Flow.Subscription {
        INSTANCE;

        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
