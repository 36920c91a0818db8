package io.boto4j.core.pipeline;

import io.boto4j.core.transport.TruncatedBodyException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A response body that fails with {@link TruncatedBodyException} when its byte count disagrees
 * with its {@code Content-Length}: when it ends early or runs long, and when the connection
 * fails before the declared length arrived (a transport reports a cut connection as an I/O
 * error; the caller should learn that the body was truncated). Written once for every layer,
 * for streamed bodies and for those the pipeline reads whole.
 */
final class LengthCheckedPublisher implements Flow.Publisher<ByteBuffer> {
    private final Flow.Publisher<ByteBuffer> upstream;
    private final long expectedLength;

    private LengthCheckedPublisher(Flow.Publisher<ByteBuffer> upstream, long expectedLength) {
        this.upstream = upstream;
        this.expectedLength = expectedLength;
    }

    /** The body as it is when its length is unknown, else checked against {@code expectedLength}. */
    static Flow.Publisher<ByteBuffer> of(Flow.Publisher<ByteBuffer> body, long expectedLength) {
        return expectedLength < 0 ? body : new LengthCheckedPublisher(body, expectedLength);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> downstream) {
        upstream.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;
            private long received;
            private boolean done;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                downstream.onSubscribe(s);
            }

            @Override
            public void onNext(ByteBuffer item) {
                if (done) {
                    return;
                }
                received += item.remaining();
                if (received > expectedLength) {
                    done = true;
                    subscription.cancel();
                    downstream.onError(new TruncatedBodyException(
                            "response body is longer than its Content-Length of " + expectedLength + " bytes"));
                    return;
                }
                downstream.onNext(item);
            }

            @Override
            public void onError(Throwable t) {
                if (done) {
                    return;
                }
                done = true;
                if (t instanceof IOException && received < expectedLength) {
                    TruncatedBodyException truncated = new TruncatedBodyException("response body ended after "
                            + received + " of its " + expectedLength + " bytes (Content-Length): " + t.getMessage());
                    truncated.initCause(t);
                    downstream.onError(truncated);
                } else {
                    downstream.onError(t);
                }
            }

            @Override
            public void onComplete() {
                if (done) {
                    return;
                }
                done = true;
                if (received != expectedLength) {
                    downstream.onError(new TruncatedBodyException("response body ended after " + received
                            + " of its " + expectedLength + " bytes (Content-Length)"));
                } else {
                    downstream.onComplete();
                }
            }
        });
    }
}
