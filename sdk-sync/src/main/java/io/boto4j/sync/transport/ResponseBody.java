package io.boto4j.sync.transport;

import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A response body as a {@link Flow.Publisher} that reads the socket when asked: each
 * {@code request(n)} reads up to n buffers, on the requesting thread when it may block there
 * (the caller of a blocking call, or anyone once the body is the caller's stream), else on the
 * exchange's executor. Reads are serialized; a request made from {@code onNext} is served by
 * the loop already running, not by recursion. One subscriber.
 */
final class ResponseBody implements Flow.Publisher<ByteBuffer>, Flow.Subscription {
    /** What the body reads from: the exchange. */
    interface Source {
        /** The next buffer, null at the end; a failure ends the body. */
        ByteBuffer next() throws Exception;

        /** Whether the whole body has been read, so that the end can be signalled without demand. */
        boolean atEnd();

        /** Whether the current thread may block on the socket. */
        boolean mayReadHere();

        Executor executor();

        /** The body was read to its end: the connection is free. */
        void ended();

        /** The subscriber gave up on the body, or the body failed: the connection must close. */
        void abandon();
    }

    private final Source source;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile Flow.Subscriber<? super ByteBuffer> subscriber;
    private volatile boolean cancelled;
    private boolean done;

    ResponseBody(Source source) {
        this.source = source;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
        if (subscriber != null) {
            s.onSubscribe(new Refused());
            s.onError(new IllegalStateException("a response body can be read only once"));
            return;
        }
        subscriber = s;
        s.onSubscribe(this);
        if (source.atEnd() && wip.getAndIncrement() == 0) {
            pump(); // an empty body ends without being asked for
        }
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            Flow.Subscriber<? super ByteBuffer> s = subscriber;
            if (s != null) {
                s.onError(new IllegalArgumentException("request(" + n + "): must be positive (Flow rule 3.9)"));
            }
            return;
        }
        demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        if (wip.getAndIncrement() == 0) {
            if (source.mayReadHere()) {
                pump();
            } else {
                source.executor().execute(this::pump);
            }
        }
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            source.abandon();
        }
    }

    /** Reads while there is demand; one thread at a time (guarded by {@code wip}). */
    private void pump() {
        int missed = 1;
        while (true) {
            while (!done && !cancelled && (demand.get() > 0 || source.atEnd())) {
                ByteBuffer next;
                try {
                    next = source.next();
                } catch (Exception e) {
                    done = true;
                    source.abandon();
                    if (!cancelled) {
                        subscriber.onError(e);
                    }
                    break;
                }
                if (next == null) {
                    done = true;
                    source.ended();
                    if (!cancelled) {
                        subscriber.onComplete();
                    }
                    break;
                }
                if (next.hasRemaining()) {
                    demand.decrementAndGet();
                    subscriber.onNext(next);
                }
            }
            missed = wip.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }

    /** The subscription of a second subscriber, which gets nothing. */
    private final class Refused implements Flow.Subscription {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    }
}
