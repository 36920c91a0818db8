package io.boto4j.s3.internal.transfer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting a stream into parts as it is read, holding no more than the part being filled. */
class StreamSlicerTest {

    /** A stream of {@code data} in chunks of {@code chunk} bytes, sent only as asked, counting what it sent. */
    private static final class Source implements Flow.Publisher<ByteBuffer> {
        final byte[] data;
        final int chunk;
        final IOException failAt;
        final int failOffset;
        int sent;
        boolean cancelled;
        boolean paused;
        long pendingDemand;
        Flow.Subscriber<? super ByteBuffer> subscriber;

        Source(byte[] data, int chunk) {
            this(data, chunk, null, -1);
        }

        Source(byte[] data, int chunk, IOException failAt, int failOffset) {
            this.data = data;
            this.chunk = chunk;
            this.failAt = failAt;
            this.failOffset = failOffset;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
            subscriber = s;
            s.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    pendingDemand += n;
                    if (!paused) {
                        emit();
                    }
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            });
        }

        void emit() {
            while (pendingDemand > 0 && !cancelled) {
                if (failAt != null && sent >= failOffset) {
                    subscriber.onError(failAt);
                    return;
                }
                if (sent == data.length) {
                    subscriber.onComplete();
                    return;
                }
                int n = Math.min(chunk, data.length - sent);
                pendingDemand--;
                // A reused buffer, as publishers may reuse theirs once onNext returns.
                byte[] reused = new byte[n];
                System.arraycopy(data, sent, reused, 0, n);
                sent += n;
                ByteBuffer buffer = ByteBuffer.wrap(reused);
                subscriber.onNext(buffer);
                java.util.Arrays.fill(reused, (byte) 0);
            }
        }
    }

    private static byte[] random(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return data;
    }

    private static byte[] cutAndJoin(Source source, int partSize) {
        StreamSlicer slicer = new StreamSlicer(source, partSize);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        int expectedNumber = 1;
        for (StreamSlicer.Chunk c; (c = slicer.next().join()) != null; expectedNumber++) {
            assertEquals(expectedNumber, c.partNumber());
            long partsSoFar = (long) (expectedNumber - 1) * partSize + c.length();
            assertTrue(source.sent <= partsSoFar + source.chunk,
                    "read " + source.sent + " bytes for " + partsSoFar + " bytes of parts: more than one chunk ahead");
            joined.writeBytes(c.bytes());
            if (joined.size() < source.data.length) {
                assertEquals(partSize, c.length(), "only the last part is short");
            }
        }
        assertNull(slicer.next().join(), "the end stays the end");
        assertEquals(source.data.length, slicer.bytesRead());
        assertTrue(slicer.ended());
        return joined.toByteArray();
    }

    @Test
    void smallChunksFillPartsExactly() {
        byte[] data = random(95);
        assertArrayEquals(data, cutAndJoin(new Source(data, 7), 10));
    }

    @Test
    void chunksLargerThanPartsAreSplitAcrossThem() {
        byte[] data = random(95);
        assertArrayEquals(data, cutAndJoin(new Source(data, 25), 10));
    }

    @Test
    void aStreamOfWholePartsEndsWithoutAnEmptyPart() {
        byte[] data = random(40);
        StreamSlicer slicer = new StreamSlicer(new Source(data, 8), 10);
        for (int i = 1; i <= 4; i++) {
            assertEquals(10, slicer.next().join().length());
        }
        assertNull(slicer.next().join());
    }

    @Test
    void partsGrowFromSmallArraysToThePartSize() {
        byte[] data = random(1 << 20);
        StreamSlicer slicer = new StreamSlicer(new Source(data, 1000), 600_000);
        assertEquals(600_000, slicer.next().join().length());
        assertEquals((1 << 20) - 600_000, slicer.next().join().length());
    }

    @Test
    void anEmptyStreamHasNoParts() {
        StreamSlicer slicer = new StreamSlicer(new Source(new byte[0], 8), 10);
        assertNull(slicer.next().join());
        assertEquals(0, slicer.bytesRead());
    }

    @Test
    void nothingIsReadUntilAPartIsAskedFor() {
        byte[] data = random(100);
        Source source = new Source(data, 4);
        StreamSlicer slicer = new StreamSlicer(source, 10);
        assertEquals(0, source.sent, "subscribing waits for the first part");
        slicer.next().join();
        int afterFirst = source.sent;
        assertTrue(afterFirst <= 12, "one part and at most one chunk ahead: " + afterFirst);
        assertEquals(afterFirst, source.sent, "and no more until the next part is asked for");
    }

    @Test
    void aFailingStreamFailsThePartBeingFilled() {
        IOException broken = new IOException("disk on fire");
        StreamSlicer slicer = new StreamSlicer(new Source(random(50), 5, broken, 25), 10);
        assertEquals(10, slicer.next().join().length());
        assertEquals(10, slicer.next().join().length());
        CompletionException e = assertThrows(CompletionException.class, () -> slicer.next().join());
        assertEquals(broken, e.getCause());
        assertEquals(broken, assertThrows(CompletionException.class, () -> slicer.next().join()).getCause());
    }

    @Test
    void cancellingFailsThePendingPartAndStopsTheStream() {
        Source source = new Source(random(50), 5);
        source.paused = true;
        StreamSlicer slicer = new StreamSlicer(source, 10);
        CompletableFuture<StreamSlicer.Chunk> pending = slicer.next();
        assertFalse(pending.isDone());
        slicer.cancel();
        assertThrows(CancellationException.class, pending::join);
        assertTrue(source.cancelled);
    }
}
