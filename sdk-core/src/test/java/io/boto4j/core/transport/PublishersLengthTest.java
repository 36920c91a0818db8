package io.boto4j.core.transport;

import io.boto4j.core.TruncatedBodyException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;

/** Content-Length checks on bodies: short ends and cut connections are truncations, timeouts stay timeouts. */
class PublishersLengthTest {

    /** Emits {@code bytes}, then ends with {@code failure} (or completes when null). */
    private static Flow.Publisher<ByteBuffer> body(byte[] bytes, Throwable failure) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private boolean done;

            @Override
            public void request(long n) {
                if (done) {
                    return;
                }
                done = true;
                subscriber.onNext(ByteBuffer.wrap(bytes));
                if (failure == null) {
                    subscriber.onComplete();
                } else {
                    subscriber.onError(failure);
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    private static Throwable failureOf(CompletableFuture<?> f) {
        try {
            f.get();
            throw new AssertionError("expected a failure");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> readChecked(Flow.Publisher<ByteBuffer> body, long expected) {
        return Publishers.aggregate(Publishers.lengthChecked(body, expected), -1);
    }

    @Test
    void aggregateTurnsACutConnectionIntoATruncation() {
        IOException reset = new IOException("connection reset");
        Throwable t = failureOf(Publishers.aggregate(body(new byte[3], reset), 10));
        assertInstanceOf(TruncatedBodyException.class, t);
        assertSame(reset, t.getCause());
        assertTrue(t.getMessage().contains("after 3 of its 10 bytes"), t.getMessage());
    }

    @Test
    void aggregateKeepsATimeoutATimeout() {
        HttpTimeoutException timeout = new HttpTimeoutException("read timed out");
        assertSame(timeout, failureOf(Publishers.aggregate(body(new byte[3], timeout), 10)));
    }

    @Test
    void lengthCheckedPassesAWholeBody() throws Exception {
        assertArrayEquals(new byte[] {1, 2, 3}, readChecked(body(new byte[] {1, 2, 3}, null), 3).get());
    }

    @Test
    void lengthCheckedFailsAShortEnd() {
        assertInstanceOf(TruncatedBodyException.class, failureOf(readChecked(body(new byte[2], null), 3)));
    }

    @Test
    void lengthCheckedFailsABodyRunningLong() {
        Throwable t = failureOf(readChecked(body(new byte[4], null), 3));
        assertInstanceOf(TruncatedBodyException.class, t);
        assertTrue(t.getMessage().contains("longer"), t.getMessage());
    }

    @Test
    void lengthCheckedTurnsACutIntoATruncationButKeepsTimeouts() {
        assertInstanceOf(TruncatedBodyException.class,
                failureOf(readChecked(body(new byte[2], new IOException("EOF reached")), 3)));
        HttpTimeoutException timeout = new HttpTimeoutException("read timed out");
        assertSame(timeout, failureOf(readChecked(body(new byte[2], timeout), 3)));
    }

    @Test
    void unknownLengthIsNotChecked() {
        Flow.Publisher<ByteBuffer> b = body(new byte[2], null);
        assertSame(b, Publishers.lengthChecked(b, -1));
    }
}
