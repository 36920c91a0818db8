package io.boto4j.core.checksums;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A source body and a subscriber under the test's control, to watch demand, buffering and cancellation. */
final class TestBodies {
    private TestBodies() {
    }

    /** The test pattern botocore_trailing_checksum.py uses too. */
    static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ((i * 31L + 7) % 251);
        }
        return b;
    }

    /** {@code data} cut into pieces of {@code piece} bytes. */
    static List<ByteBuffer> pieces(byte[] data, int piece) {
        List<ByteBuffer> out = new ArrayList<>();
        for (int at = 0; at < data.length; at += piece) {
            out.add(ByteBuffer.wrap(data, at, Math.min(piece, data.length - at)).slice());
        }
        return out;
    }

    /**
     * Emits its buffers only on demand, on the requesting thread or on {@code executor}, then
     * completes or fails with {@code end}; counts what it was asked for and what it gave.
     */
    static final class Source implements Flow.Publisher<ByteBuffer> {
        private final List<ByteBuffer> items;
        private final ExecutorService executor;
        private final Throwable end;
        final AtomicLong requested = new AtomicLong();
        final AtomicLong bytesEmitted = new AtomicLong();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicInteger subscriptions = new AtomicInteger();

        Source(List<ByteBuffer> items, ExecutorService executor, Throwable end) {
            this.items = items;
            this.executor = executor;
            this.end = end;
        }

        Source(byte[] data, int piece) {
            this(pieces(data, piece), null, null);
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriptions.incrementAndGet();
            subscriber.onSubscribe(new Flow.Subscription() {
                private final AtomicLong demand = new AtomicLong();
                private final AtomicInteger wip = new AtomicInteger();
                private int next;
                private boolean done;

                @Override
                public void request(long n) {
                    requested.addAndGet(n);
                    demand.addAndGet(n);
                    if (executor == null) {
                        drain();
                    } else {
                        executor.execute(this::drain);
                    }
                }

                private void drain() {
                    if (wip.getAndIncrement() != 0) {
                        return;
                    }
                    int missed = 1;
                    do {
                        while (!done && !cancelled.get()) {
                            if (next == items.size()) {
                                done = true;
                                if (end == null) {
                                    subscriber.onComplete();
                                } else {
                                    subscriber.onError(end);
                                }
                            } else if (demand.get() > 0) {
                                demand.decrementAndGet();
                                ByteBuffer item = items.get(next++).duplicate();
                                bytesEmitted.addAndGet(item.remaining());
                                subscriber.onNext(item);
                            } else {
                                break;
                            }
                        }
                        missed = wip.addAndGet(-missed);
                    } while (missed != 0);
                }

                @Override
                public void cancel() {
                    cancelled.set(true);
                }
            });
        }
    }

    /** Collects a body, asking for items only when the test says so. */
    static class Sink implements Flow.Subscriber<ByteBuffer> {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> itemSizes = new ArrayList<>();
        final CompletableFuture<byte[]> done = new CompletableFuture<>();
        volatile Flow.Subscription subscription;
        private final long initial;

        /** {@code initial} is requested on subscription (0: none, Long.MAX_VALUE: everything). */
        Sink(long initial) {
            this.initial = initial;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (initial > 0) {
                s.request(initial);
            }
        }

        @Override
        public synchronized void onNext(ByteBuffer item) {
            itemSizes.add(item.remaining());
            byte[] b = new byte[item.remaining()];
            item.get(b);
            bytes.writeBytes(b);
        }

        @Override
        public void onError(Throwable t) {
            done.completeExceptionally(t);
        }

        @Override
        public synchronized void onComplete() {
            done.complete(bytes.toByteArray());
        }

        synchronized int items() {
            return itemSizes.size();
        }

        synchronized int size() {
            return bytes.size();
        }
    }
}
