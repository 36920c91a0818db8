package io.boto4j.s3;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes published in chunks, one per {@code request}ed item, as a network or a file would give
 * them, counting what it sent; it may end without being asked, as publishers may.
 */
final class ChunkedPublisher implements Flow.Publisher<ByteBuffer> {
    private final byte[] data;
    private final int chunk;
    final AtomicLong sent = new AtomicLong();
    volatile boolean cancelled;

    ChunkedPublisher(byte[] data, int chunk) {
        this.data = data;
        this.chunk = chunk;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        subscriber.onSubscribe(new Flow.Subscription() {
            private long demand;
            private boolean emitting;
            private boolean done;

            @Override
            public synchronized void request(long n) {
                demand += n;
                if (emitting) {
                    return; // a request from within onNext: the loop below serves it
                }
                emitting = true;
                while (demand > 0 && !done && sent.get() < data.length) {
                    int at = (int) sent.get();
                    int length = Math.min(chunk, data.length - at);
                    demand--;
                    sent.addAndGet(length);
                    subscriber.onNext(ByteBuffer.wrap(data, at, length).slice());
                }
                if (!done && sent.get() == data.length) {
                    done = true;
                    subscriber.onComplete();
                }
                emitting = false;
            }

            @Override
            public synchronized void cancel() {
                done = true;
                cancelled = true;
            }
        });
    }
}
