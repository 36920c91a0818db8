package io.boto4j.core.transport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/** Small {@link Flow.Publisher} helpers for bodies. */
public final class Publishers {
    private Publishers() {
    }

    /** A publisher of one buffer (each subscriber gets its own duplicate). */
    public static Flow.Publisher<ByteBuffer> just(ByteBuffer buffer) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private final AtomicBoolean done = new AtomicBoolean();

            @Override
            public void request(long n) {
                if (n <= 0) {
                    if (done.compareAndSet(false, true)) {
                        subscriber.onError(new IllegalArgumentException("request(" + n + "): must be positive"));
                    }
                    return;
                }
                if (done.compareAndSet(false, true)) {
                    if (buffer.hasRemaining()) {
                        subscriber.onNext(buffer.duplicate());
                    }
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                done.set(true);
            }
        });
    }

    /** A publisher with no bytes. */
    public static Flow.Publisher<ByteBuffer> empty() {
        return just(ByteBuffer.allocate(0));
    }

    /**
     * The body, failing with {@link TruncatedBodyException} when it ends before (or runs past)
     * {@code expectedLength} bytes; the body itself when the length is unknown (negative).
     */
    public static Flow.Publisher<ByteBuffer> lengthChecked(Flow.Publisher<ByteBuffer> body, long expectedLength) {
        return expectedLength < 0 ? body : new LengthCheckedPublisher(body, expectedLength);
    }

    /**
     * Reads a body fully. When {@code expectedLength} is not negative, a body that ends early or
     * runs long fails with {@link TruncatedBodyException} rather than giving a short result.
     */
    public static CompletableFuture<byte[]> aggregate(Flow.Publisher<ByteBuffer> body, long expectedLength) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<>() {
            private final ByteArrayOutputStream out = new ByteArrayOutputStream(
                    expectedLength > 0 && expectedLength < (1 << 24) ? (int) expectedLength : 256);
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                if (item.hasArray()) {
                    out.write(item.array(), item.arrayOffset() + item.position(), item.remaining());
                } else {
                    byte[] b = new byte[item.remaining()];
                    item.duplicate().get(b);
                    out.write(b, 0, b.length);
                }
                if (expectedLength >= 0 && out.size() > expectedLength) {
                    subscription.cancel();
                    result.completeExceptionally(new TruncatedBodyException(
                            "response body is longer than its Content-Length of " + expectedLength + " bytes"));
                }
            }

            @Override
            public void onError(Throwable t) {
                if (expectedLength >= 0 && out.size() < expectedLength
                        && !io.boto4j.core.retry.TransportFailure.classify(t).isTimeout()) {
                    // A connection cut mid-body: the same failure as a body that ended early (a
                    // read timeout stays a timeout).
                    TruncatedBodyException e = new TruncatedBodyException("response body ended after " + out.size()
                            + " of its " + expectedLength + " bytes (Content-Length): " + t);
                    e.initCause(t);
                    result.completeExceptionally(e);
                } else {
                    result.completeExceptionally(t);
                }
            }

            @Override
            public void onComplete() {
                if (expectedLength >= 0 && out.size() != expectedLength) {
                    result.completeExceptionally(new TruncatedBodyException("response body ended after "
                            + out.size() + " of its " + expectedLength + " bytes (Content-Length)"));
                } else {
                    result.complete(out.toByteArray());
                }
            }
        });
        return result;
    }
}
