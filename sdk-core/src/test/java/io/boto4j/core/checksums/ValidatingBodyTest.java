package io.boto4j.core.checksums;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.transport.Publishers;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.boto4j.core.checksums.TestBodies.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A downloaded body checked as it streams: its end is an error, never a normal end, when damaged. */
class ValidatingBodyTest {

    @Test
    void aMatchingBodyPassesUnchangedAndCompletes() throws Exception {
        byte[] data = pattern(100_000);
        ExpectedChecksum expected = new ExpectedChecksum(ChecksumAlgorithm.CRC64NVME,
                ChecksumAlgorithm.CRC64NVME.base64Of(data));
        TestBodies.Sink sink = new TestBodies.Sink(Long.MAX_VALUE);
        expected.validating(new TestBodies.Source(data, 999)).subscribe(sink);
        assertArrayEquals(data, sink.done.get(10, TimeUnit.SECONDS));
        expected.verify(data);
    }

    @Test
    void aDamagedBodyFailsAtItsEndNamingTheAlgorithmAndBothValues() {
        byte[] data = pattern(5000);
        ExpectedChecksum expected = new ExpectedChecksum(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32.base64Of(data));
        byte[] damaged = data.clone();
        damaged[4321] ^= 1;
        TestBodies.Sink sink = new TestBodies.Sink(Long.MAX_VALUE);
        expected.validating(new TestBodies.Source(damaged, 1000)).subscribe(sink);
        ExecutionException e = assertThrows(ExecutionException.class, () -> sink.done.get(10, TimeUnit.SECONDS));
        ChecksumMismatchException mismatch = assertInstanceOf(ChecksumMismatchException.class, e.getCause());
        String computed = ChecksumAlgorithm.CRC32.base64Of(damaged);
        assertEquals("CRC32 checksum mismatch: the service sent " + expected.value() + ", the body received has "
                + computed + "; the body is damaged and was not used", mismatch.getMessage());
        assertEquals("CRC32", mismatch.algorithm());
        assertEquals(expected.value(), mismatch.expected());
        assertEquals(computed, mismatch.computed());
        assertInstanceOf(SdkClientException.class, mismatch);
        assertEquals(5000, sink.size(), "the bytes were passed on; only the end says they are bad");

        assertThrows(ChecksumMismatchException.class, () -> expected.verify(damaged));
    }

    @Test
    void emptyBodiesAndValuesThatAreNotBase64() throws Exception {
        ExpectedChecksum emptyCrc = new ExpectedChecksum(ChecksumAlgorithm.CRC32, "AAAAAA==");
        assertArrayEquals(new byte[0], Publishers.aggregate(emptyCrc.validating(Publishers.empty()), -1)
                .get(10, TimeUnit.SECONDS));
        // Python's decoder, as the MIME one, skips characters outside the alphabet.
        new ExpectedChecksum(ChecksumAlgorithm.CRC32, "AAAA\r\nAA==").verify(new byte[0]);
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> new ExpectedChecksum(ChecksumAlgorithm.CRC32, "AAAAAA=").verify(new byte[0]));
        assertEquals("AAAAAA=", e.expected());
    }

    @Test
    void demandAndCancellationGoStraightToTheSource() throws Exception {
        byte[] data = pattern(10_000);
        TestBodies.Source source = new TestBodies.Source(data, 1000);
        TestBodies.Sink sink = new TestBodies.Sink(0);
        new ExpectedChecksum(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA256.base64Of(data))
                .validating(source).subscribe(sink);
        assertEquals(0, source.requested.get());
        sink.subscription.request(2);
        assertEquals(2, source.requested.get());
        assertEquals(2, sink.items());
        sink.subscription.cancel();
        assertTrue(source.cancelled.get());
        assertFalse(sink.done.isDone());
    }

    @Test
    void theBuffersHandedOnAreNotConsumedByTheChecksum() {
        byte[] data = pattern(64);
        AtomicReference<ByteBuffer> seen = new AtomicReference<>();
        Flow.Subscriber<ByteBuffer> subscriber = new TestBodies.Sink(Long.MAX_VALUE) {
            @Override
            public synchronized void onNext(ByteBuffer item) {
                seen.compareAndSet(null, item.duplicate());
                super.onNext(item);
            }
        };
        new ExpectedChecksum(ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA1.base64Of(data))
                .validating(Publishers.just(ByteBuffer.wrap(data))).subscribe(subscriber);
        assertEquals(64, seen.get().remaining());
    }

    @Test
    void aFailureOfTheSourcePassesThrough() {
        IllegalStateException cut = new IllegalStateException("connection reset");
        TestBodies.Sink sink = new TestBodies.Sink(Long.MAX_VALUE);
        new ExpectedChecksum(ChecksumAlgorithm.CRC32, "AAAAAA==")
                .validating(new TestBodies.Source(TestBodies.pieces(pattern(10), 3), null, cut)).subscribe(sink);
        ExecutionException e = assertThrows(ExecutionException.class, () -> sink.done.get(10, TimeUnit.SECONDS));
        assertEquals(cut, e.getCause());
    }
}
