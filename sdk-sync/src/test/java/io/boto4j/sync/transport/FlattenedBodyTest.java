package io.boto4j.sync.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Flattening java.net.http's buffer lists with backpressure, cancellation and the read timeout. */
class FlattenedBodyTest {

    /** A scripted upstream: counts requests, emits when told. */
    static final class Upstream implements Flow.Publisher<List<ByteBuffer>>, Flow.Subscription {
        Flow.Subscriber<? super List<ByteBuffer>> subscriber;
        long requested;
        boolean cancelled;

        @Override
        public void subscribe(Flow.Subscriber<? super List<ByteBuffer>> s) {
            subscriber = s;
            s.onSubscribe(this);
        }

        @Override
        public synchronized void request(long n) {
            requested += n;
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
        }
    }

    /** Records what arrives; requests {@code initial} and then nothing unless asked. */
    static final class Recorder implements Flow.Subscriber<ByteBuffer> {
        final List<Integer> sizes = new ArrayList<>();
        Flow.Subscription subscription;
        Throwable error;
        boolean completed;
        final CountDownLatch ended = new CountDownLatch(1);
        private final long initial;

        Recorder(long initial) {
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
        public void onNext(ByteBuffer item) {
            sizes.add(item.remaining());
        }

        @Override
        public void onError(Throwable t) {
            error = t;
            ended.countDown();
        }

        @Override
        public void onComplete() {
            completed = true;
            ended.countDown();
        }
    }

    private static List<ByteBuffer> buffers(int... sizes) {
        List<ByteBuffer> list = new ArrayList<>();
        for (int s : sizes) {
            list.add(ByteBuffer.allocate(s));
        }
        return list;
    }

    @Test
    void flattensListsAndAsksForTheNextOnlyWhenTheLastIsDelivered() {
        Upstream up = new Upstream();
        Recorder r = new Recorder(2);
        new FlattenedBody(up, null).subscribe(r);
        assertEquals(1, up.requested);

        up.subscriber.onNext(buffers(3, 0, 4, 5));
        assertEquals(List.of(3, 4), r.sizes, "empty buffers skipped; only what was asked for");
        assertEquals(1, up.requested, "one buffer still queued: no more asked upstream");

        r.subscription.request(5);
        assertEquals(List.of(3, 4, 5), r.sizes);
        assertEquals(2, up.requested);

        up.subscriber.onNext(buffers(6));
        up.subscriber.onComplete();
        assertEquals(List.of(3, 4, 5, 6), r.sizes);
        assertTrue(r.completed);
    }

    @Test
    void completionWaitsForQueuedBuffers() {
        Upstream up = new Upstream();
        Recorder r = new Recorder(1);
        new FlattenedBody(up, null).subscribe(r);
        up.subscriber.onNext(buffers(1, 2));
        up.subscriber.onComplete();
        assertTrue(!r.completed);
        r.subscription.request(1);
        assertEquals(List.of(1, 2), r.sizes);
        assertTrue(r.completed);
    }

    @Test
    void cancelBeforeAnyoneSubscribedCancelsUpstream() {
        Upstream up = new Upstream();
        FlattenedBody body = new FlattenedBody(up, null);
        body.cancel();
        assertTrue(up.cancelled);
        Recorder late = new Recorder(1);
        body.subscribe(late);
        assertInstanceOf(IllegalStateException.class, late.error);
    }

    @Test
    void cancelAfterSubscribingCancelsUpstream() {
        Upstream up = new Upstream();
        FlattenedBody body = new FlattenedBody(up, null);
        body.subscribe(new Recorder(1));
        body.cancel();
        assertTrue(up.cancelled);
    }

    @Test
    void silenceLongerThanTheReadTimeoutFailsTheBody() throws Exception {
        Upstream up = new Upstream();
        Recorder r = new Recorder(1);
        new FlattenedBody(up, Duration.ofMillis(100)).subscribe(r);
        assertTrue(r.ended.await(5, TimeUnit.SECONDS));
        assertInstanceOf(HttpTimeoutException.class, r.error);
        assertTrue(up.cancelled);
    }

    @Test
    void noTimeoutWhileTheReaderIsNotAsking() throws Exception {
        Upstream up = new Upstream();
        Recorder r = new Recorder(1);
        new FlattenedBody(up, Duration.ofMillis(100)).subscribe(r);
        up.subscriber.onNext(buffers(1));
        Thread.sleep(300);
        assertEquals(null, r.error, "the reader has had what it asked for: nothing is overdue");
    }
}
