package io.boto4j.core.transport;

import io.boto4j.core.TruncatedBodyException;
import io.boto4j.core.protocol.ResponseLimits;
import io.boto4j.core.ResponseParseException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/** Small {@link Flow.Publisher} helpers for bodies. */
public final class Publishers {
    private Publishers() {
    }

    /**
     * A publisher of one buffer (each subscriber gets its own duplicate).
     *
     * @param buffer the bytes between position and limit; not copied, so leave them unchanged
     * @return a publisher that delivers the buffer (nothing when it is empty) and completes on the
     *         first request, on the requesting thread; any number of subscribers
     */
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

    /**
     * A publisher with no bytes.
     *
     * @return a publisher that completes on the first request without an item
     */
    public static Flow.Publisher<ByteBuffer> empty() {
        return just(ByteBuffer.allocate(0));
    }

    /**
     * The body, failing with {@link TruncatedBodyException} when it ends before (or runs past)
     * {@code expectedLength} bytes; the body itself when the length is unknown (negative).
     *
     * @param body the body as the transport delivers it
     * @param expectedLength the {@code Content-Length} in bytes, or negative when unknown
     * @return a publisher of the same bytes that fails at the end when the count differs
     */
    public static Flow.Publisher<ByteBuffer> lengthChecked(Flow.Publisher<ByteBuffer> body, long expectedLength) {
        return expectedLength < 0 ? body : new LengthCheckedPublisher(body, expectedLength);
    }

    /**
     * Reads a body fully, up to {@link ResponseLimits#MAX_BUFFERED_BODY_BYTES}. When
     * {@code expectedLength} is not negative, a body that ends early or runs long fails with
     * {@link TruncatedBodyException} rather than giving a short result.
     *
     * @param body the body, subscribed to at once
     * @param expectedLength the {@code Content-Length} in bytes, or negative when unknown
     * @return a future completed with the whole body, on the thread that delivers its end
     */
    public static CompletableFuture<byte[]> aggregate(Flow.Publisher<ByteBuffer> body, long expectedLength) {
        return aggregate(body, expectedLength, ResponseLimits.MAX_BUFFERED_BODY_BYTES);
    }

    /**
     * Reads a body fully, failing with a {@link ResponseParseException} as soon as it announces
     * or delivers more than {@code maxBytes}: a response is never trusted to be small.
     *
     * @param body the body, subscribed to at once
     * @param expectedLength the {@code Content-Length} in bytes, or negative when unknown; a
     *                       body that ends early or runs long fails with {@link TruncatedBodyException}
     * @param maxBytes the most bytes read into memory
     * @return a future completed with the whole body, on the thread that delivers its end; failed
     *         with the body's own failure otherwise
     */
    public static CompletableFuture<byte[]> aggregate(Flow.Publisher<ByteBuffer> body, long expectedLength,
                                                      long maxBytes) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<>() {
            private final ByteArrayOutputStream out = new ByteArrayOutputStream(
                    expectedLength > 0 && expectedLength < (1 << 24) ? (int) expectedLength : 256);
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                if (expectedLength > maxBytes) {
                    s.cancel();
                    result.completeExceptionally(tooLarge("announces " + expectedLength + " bytes (Content-Length)", maxBytes));
                    return;
                }
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                if (result.isDone()) {
                    return; // failed already; the cancelled body may still deliver what was in flight
                }
                if (out.size() + (long) item.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge("goes on past " + maxBytes + " bytes", maxBytes));
                    return;
                }
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
                if (result.isDone()) {
                    return;
                }
                if (expectedLength >= 0 && out.size() < expectedLength
                        && !io.boto4j.core.retry.TransportFailure.classify(t).isTimeout()) {
                    // A connection cut mid-body: the same failure as a body that ended early (a
                    // read timeout stays a timeout).
                    TruncatedBodyException e = new TruncatedBodyException("response body ended after " + out.size()
                            + " of its " + expectedLength + " bytes (Content-Length)");
                    e.initCause(t);
                    result.completeExceptionally(e);
                } else {
                    result.completeExceptionally(t);
                }
            }

            @Override
            public void onComplete() {
                if (result.isDone()) {
                    return;
                }
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

    private static ResponseParseException tooLarge(String what, long maxBytes) {
        return new ResponseParseException("response body " + what + ": more than the " + maxBytes
                + " bytes a response is read into memory for parsing (ResponseLimits.MAX_BUFFERED_BODY_BYTES)");
    }
}
