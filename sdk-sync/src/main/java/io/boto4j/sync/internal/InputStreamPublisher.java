package io.boto4j.sync.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the bytes of one {@link InputStream} as buffers, reading only as fast as the
 * subscriber asks (so a large upload holds a few chunks in memory), on a reader thread (reads
 * block). With a known length it sends exactly that many bytes and fails if the stream ends
 * early. The stream is closed at the end, on error and on cancel.
 */
final class InputStreamPublisher implements Flow.Publisher<ByteBuffer> {
    static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long length;
    private final Executor executor;

    /** @param length the bytes to send, or -1 to send until the end of the stream */
    InputStreamPublisher(InputStream in, long length, Executor executor) {
        this.in = in;
        this.length = length;
        this.executor = executor;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        subscriber.onSubscribe(new Reading(subscriber));
    }

    private final class Reading implements Flow.Subscription, Runnable {
        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile Throwable violation;
        private boolean done;
        private long sent;

        Reading(Flow.Subscriber<? super ByteBuffer> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                violation = new IllegalArgumentException("request(" + n + "): must be positive");
            } else {
                demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            }
            if (wip.getAndIncrement() == 0) {
                executor.execute(this);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (wip.getAndIncrement() == 0) {
                executor.execute(this);
            }
        }

        /** Serialized by {@code wip}: one reader thread at a time. */
        @Override
        public void run() {
            int missed = 1;
            do {
                if (!done) {
                    step();
                }
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        private void step() {
            if (cancelled) {
                finish(null, false);
                return;
            }
            if (violation != null) {
                finish(violation, true);
                return;
            }
            try {
                while (demand.get() > 0 && !cancelled) {
                    long left = length < 0 ? CHUNK : Math.min(CHUNK, length - sent);
                    if (left == 0) {
                        finish(null, true);
                        return;
                    }
                    byte[] chunk = new byte[(int) left];
                    int n = in.readNBytes(chunk, 0, chunk.length);
                    if (n == 0 && length < 0) {
                        finish(null, true);
                        return;
                    }
                    if (n < chunk.length && length >= 0) {
                        throw new EOFException("the request body stream ended after " + (sent + n) + " of its "
                                + length + " bytes");
                    }
                    sent += n;
                    demand.decrementAndGet();
                    subscriber.onNext(ByteBuffer.wrap(chunk, 0, n));
                    if (n < chunk.length || sent == length) {
                        finish(null, true);
                        return;
                    }
                }
                if (cancelled) {
                    finish(null, false);
                }
            } catch (IOException | RuntimeException e) {
                finish(e, true);
            }
        }

        private void finish(Throwable error, boolean signal) {
            done = true;
            try {
                in.close();
            } catch (IOException e) {
                if (error == null && signal) {
                    error = e;
                }
            }
            if (!signal) {
                return;
            }
            if (error != null) {
                subscriber.onError(error);
            } else {
                subscriber.onComplete();
            }
        }
    }
}
