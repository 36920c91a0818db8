package io.boto4j.core.checksums;

import io.boto4j.core.ChecksumMismatchException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Bodies that compute a checksum of the bytes passing through them, without holding any: each
 * buffer is added to the checksum and handed on as it is (its position untouched). The
 * subscriber's demand and cancellation go straight to the source, so back-pressure is the
 * source's own.
 */
public final class ChecksumPublishers {
    private ChecksumPublishers() {
    }

    /**
     * The body, handing the checksum of all its bytes to {@code onChecksum} (base64) right before
     * it completes, so that whatever runs on completion can use it (an {@code aws-chunked}
     * trailer). Each subscription computes its own.
     *
     * @param body       the bytes to pass on; subscribed once per subscription of the result
     * @param algorithm  the checksum to compute
     * @param onChecksum gets the base64 checksum on the thread that completes the body, before
     *                   the subscriber's {@code onComplete}; not called when the body fails
     * @return a publisher of the same bytes
     * @throws NullPointerException when an argument is null
     */
    public static Flow.Publisher<ByteBuffer> checksumming(Flow.Publisher<ByteBuffer> body, ChecksumAlgorithm algorithm,
            Consumer<String> onChecksum) {
        Objects.requireNonNull(onChecksum, "onChecksum");
        return pass(body, algorithm, digest -> {
            onChecksum.accept(java.util.Base64.getEncoder().encodeToString(digest));
            return null;
        });
    }

    /**
     * The body, failing with {@link ChecksumMismatchException} instead of completing when the
     * checksum of its bytes is not {@code expected}.
     *
     * @param body     the bytes to pass on; subscribed once per subscription of the result
     * @param expected the algorithm and the value the bytes must have
     * @return a publisher of the same bytes that fails at the end on a mismatch
     * @throws NullPointerException when an argument is null
     */
    public static Flow.Publisher<ByteBuffer> validating(Flow.Publisher<ByteBuffer> body, ExpectedChecksum expected) {
        Objects.requireNonNull(expected, "expected");
        return pass(body, expected.algorithm(), digest -> expected.matches(digest) ? null : expected.mismatch(digest));
    }

    /** {@code atEnd} gets the digest and returns the failure to end with, or null to complete. */
    private static Flow.Publisher<ByteBuffer> pass(Flow.Publisher<ByteBuffer> body, ChecksumAlgorithm algorithm,
            Function<byte[], Throwable> atEnd) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(algorithm, "algorithm");
        return subscriber -> body.subscribe(new PassThrough(subscriber, algorithm.newChecksum(), atEnd));
    }

    private static final class PassThrough implements Flow.Subscriber<ByteBuffer> {
        private final Flow.Subscriber<? super ByteBuffer> downstream;
        private final Checksum checksum;
        private final Function<byte[], Throwable> atEnd;

        PassThrough(Flow.Subscriber<? super ByteBuffer> downstream, Checksum checksum,
                Function<byte[], Throwable> atEnd) {
            this.downstream = downstream;
            this.checksum = checksum;
            this.atEnd = atEnd;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            downstream.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer item) {
            checksum.update(item.duplicate());
            downstream.onNext(item);
        }

        @Override
        public void onError(Throwable throwable) {
            downstream.onError(throwable);
        }

        @Override
        public void onComplete() {
            Throwable failure = atEnd.apply(checksum.digest());
            if (failure == null) {
                downstream.onComplete();
            } else {
                downstream.onError(failure);
            }
        }
    }
}
