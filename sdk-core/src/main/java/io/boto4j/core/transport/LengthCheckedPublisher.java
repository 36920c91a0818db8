package io.boto4j.core.transport;

import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * Passes a streamed body through, counting its bytes: an end before the declared length, or
 * bytes past it, becomes {@link TruncatedBodyException} instead of a normal end, so that a
 * reader of a streaming output (S3 GetObject) never mistakes a cut connection for the whole body.
 */
final class LengthCheckedPublisher implements Flow.Publisher<ByteBuffer> {
    private final Flow.Publisher<ByteBuffer> body;
    private final long expected;

    LengthCheckedPublisher(Flow.Publisher<ByteBuffer> body, long expected) {
        this.body = body;
        this.expected = expected;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private Flow.Subscription subscription;
            private long seen;
            private boolean failed;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                subscriber.onSubscribe(s);
            }

            @Override
            public void onNext(ByteBuffer item) {
                if (failed) {
                    return;
                }
                seen += item.remaining();
                if (seen > expected) {
                    failed = true;
                    subscription.cancel();
                    subscriber.onError(new TruncatedBodyException(
                            "response body is longer than its Content-Length of " + expected + " bytes"));
                    return;
                }
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable t) {
                if (!failed) {
                    failed = true;
                    boolean cut = seen < expected && !io.boto4j.core.retry.TransportFailure.classify(t).isTimeout();
                    subscriber.onError(cut ? truncated(t) : t);
                }
            }

            @Override
            public void onComplete() {
                if (failed) {
                    return;
                }
                if (seen != expected) {
                    failed = true;
                    subscriber.onError(truncated(null));
                } else {
                    subscriber.onComplete();
                }
            }

            private TruncatedBodyException truncated(Throwable cause) {
                TruncatedBodyException e = new TruncatedBodyException("response body ended after " + seen
                        + " of its " + expected + " bytes (Content-Length)");
                if (cause != null) {
                    e.initCause(cause);
                }
                return e;
            }
        });
    }
}
