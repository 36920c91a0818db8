package io.boto4j.core.checksums;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.Publishers;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import static io.boto4j.core.checksums.TestBodies.pattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aws-chunked body with a trailing checksum: botocore's bytes and headers, an exact
 * Content-Length, back-pressure with at most one chunk held, cancellation, failures, empty
 * bodies and one byte per buffer.
 */
class TrailingChecksumBodyTest {
    private static final int CHUNK = TrailingChecksumBody.MIN_CHUNK_SIZE;

    @Test
    void helloWorldIsFramedAsBotocoreFramesIt() throws Exception {
        TrailingChecksumBody body = TrailingChecksumBody.of(RequestBody.of(ascii("hello world")), ChecksumAlgorithm.CRC32);
        // botocore 1.43.107, put_object(Body=b'hello world', ChecksumAlgorithm='CRC32') over https.
        String botocore = "b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
        byte[] sent = read(body);
        assertEquals(botocore, new String(sent, StandardCharsets.US_ASCII));
        assertEquals(sent.length, body.contentLength());
        assertEquals(11, body.decodedContentLength());
        assertEquals("DUoRhQ==", body.lastChecksum());
    }

    @Test
    void anEmptyBodyIsTheFinalChunkAndTheTrailer() throws Exception {
        TrailingChecksumBody body = TrailingChecksumBody.of(RequestBody.of(new byte[0]), ChecksumAlgorithm.CRC32);
        assertEquals("0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n", new String(read(body), StandardCharsets.US_ASCII));
        assertEquals(36, body.contentLength());

        RequestBody completesAtOnce = streaming(subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                subscriber.onComplete();
            }

            @Override
            public void cancel() {
            }
        }), -1);
        TrailingChecksumBody unknown = TrailingChecksumBody.of(completesAtOnce, ChecksumAlgorithm.CRC64NVME);
        assertEquals("0\r\nx-amz-checksum-crc64nvme:AAAAAAAAAAA=\r\n\r\n",
                new String(read(unknown), StandardCharsets.US_ASCII));
        assertEquals(-1, unknown.contentLength());
    }

    @Test
    void headersAreBotocoresWithTheEncodedLength() {
        TrailingChecksumBody body = TrailingChecksumBody.of(RequestBody.of(ascii("abc")), ChecksumAlgorithm.SHA256);
        Headers headers = new Headers().set("Content-Encoding", "gzip").set("Content-Length", "3");
        body.applyHeaders(headers);
        assertEquals("gzip,aws-chunked", headers.first("content-encoding"));
        assertEquals("x-amz-checksum-sha256", headers.first("x-amz-trailer"));
        assertEquals("3", headers.first("x-amz-decoded-content-length"));
        assertEquals("STREAMING-UNSIGNED-PAYLOAD-TRAILER", headers.first("x-amz-content-sha256"));
        assertEquals(Long.toString(body.contentLength()), headers.first("content-length"));

        TrailingChecksumBody stream = TrailingChecksumBody.of(streaming(Publishers.empty(), -1), ChecksumAlgorithm.CRC32);
        Headers streamHeaders = new Headers().set("Content-Length", "12");
        stream.applyHeaders(streamHeaders);
        assertEquals("aws-chunked", streamHeaders.first("content-encoding"));
        assertFalse(streamHeaders.contains("content-length"), "the transport sends Transfer-Encoding: chunked");
        assertFalse(streamHeaders.contains("x-amz-decoded-content-length"));
    }

    /**
     * botocore 1.43.107 itself, run on this machine: for bodies across the 1 MiB chunk size and
     * each algorithm it has without awscrt, the same bytes and headers (it sends
     * Transfer-Encoding: chunked where boto4j sends the encoded Content-Length).
     */
    @Test
    void bytesAndHeadersEqualBotocores() throws Exception {
        Botocore.assumeAvailable();
        int mib = 1024 * 1024;
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int size : new int[] {0, 1, 11, mib - 1, mib, mib + 1, 2 * mib + mib / 2}) {
            cases.add(putCase(size, "CRC32", false));
        }
        for (String algorithm : new String[] {"SHA1", "SHA256", "SHA512"}) {
            cases.add(putCase(11, algorithm, false));
            cases.add(putCase(mib + 5, algorithm, false));
        }
        cases.add(putCase(70_000, "CRC32", true));
        List<JsonNode> botocore = Botocore.run("botocore_trailing_checksum.py", cases);
        assertEquals(cases.size(), botocore.size());
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> c = cases.get(i);
            int size = (Integer) c.get("size");
            boolean stream = (Boolean) c.get("stream");
            ChecksumAlgorithm algorithm = ChecksumAlgorithm.of((String) c.get("algorithm"));
            RequestBody payload = stream
                    ? streaming(new TestBodies.Source(pattern(size), 4096), -1)
                    : RequestBody.of(pattern(size));
            TrailingChecksumBody body = TrailingChecksumBody.of(payload, algorithm);
            byte[] mine = read(body);
            JsonNode theirs = botocore.get(i);
            String label = c.toString();
            assertArrayEquals(Base64.getDecoder().decode(theirs.path("body").asText()), mine, label);

            Headers headers = new Headers();
            body.applyHeaders(headers);
            JsonNode sent = theirs.path("headers");
            for (String name : List.of("Content-Encoding", "X-Amz-Trailer", "X-Amz-Content-SHA256",
                    "X-Amz-Decoded-Content-Length")) {
                assertEquals(sent.path(name).asText(null), headers.first(name), label + " " + name);
            }
            assertEquals("chunked", sent.path("Transfer-Encoding").asText(), label);
            assertEquals(stream ? null : Integer.toString(mine.length), headers.first("Content-Length"), label);
        }
    }

    private static Map<String, Object> putCase(int size, String algorithm, boolean stream) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("size", size);
        c.put("algorithm", algorithm);
        c.put("url", "https://s3.us-west-2.amazonaws.com");
        c.put("stream", stream);
        return c;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17})
    void theLengthIsExactAndEveryChunkButTheLastIsFullWhateverTheSourceBuffers(int size) throws Exception {
        byte[] data = pattern(size);
        byte[] expected = read(TrailingChecksumBody.of(RequestBody.of(data), ChecksumAlgorithm.CRC32C, CHUNK));
        for (int piece : new int[] {1, 1000, CHUNK, 3 * CHUNK + 100}) {
            TrailingChecksumBody body = TrailingChecksumBody.of(streaming(new TestBodies.Source(data, piece), size),
                    ChecksumAlgorithm.CRC32C, CHUNK);
            byte[] sent = read(body);
            assertArrayEquals(expected, sent, "source buffers of " + piece);
            assertEquals(sent.length, body.contentLength());
        }
        assertEquals(decodedFrames(expected, CHUNK), size);
    }

    @Test
    void oneByteAtATimeMakesTheSameChunks() throws Exception {
        byte[] data = pattern(2 * CHUNK + 5);
        TestBodies.Source bytewise = new TestBodies.Source(data, 1);
        TestBodies.Sink sink = new TestBodies.Sink(Long.MAX_VALUE);
        TrailingChecksumBody.of(streaming(bytewise, data.length), ChecksumAlgorithm.CRC64NVME, CHUNK).publisher()
                .subscribe(sink);
        byte[] sent = sink.done.get(30, TimeUnit.SECONDS);
        // Two full chunks ("2000" CRLF, data, CRLF), the 5 bytes left, the final chunk and trailer.
        assertEquals(List.of(CHUNK + 8, CHUNK + 8, 10, 44), sink.itemSizes);
        assertEquals(data.length, decodedFrames(sent, CHUNK));
        String text = new String(sent, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\r\n0\r\nx-amz-checksum-crc64nvme:" + ChecksumAlgorithm.CRC64NVME.base64Of(data)
                + "\r\n\r\n"), text.substring(text.length() - 60));
    }

    @Test
    void aSlowSubscriberHoldsTheSourceBackToOneChunk() throws Exception {
        byte[] data = pattern(20 * CHUNK);
        int piece = 3000;
        TestBodies.Source source = new TestBodies.Source(data, piece);
        TestBodies.Sink sink = new TestBodies.Sink(0);
        TrailingChecksumBody.of(streaming(source, data.length), ChecksumAlgorithm.CRC32, CHUNK).publisher().subscribe(sink);

        assertEquals(0, source.requested.get(), "nothing is read before the subscriber asks");
        for (int i = 1; i <= 5; i++) {
            sink.subscription.request(1);
            assertEquals(i, sink.items());
            long sent = (long) i * CHUNK;
            long read = source.bytesEmitted.get();
            assertTrue(read >= sent && read < sent + piece,
                    "read " + read + " bytes for " + sent + " sent: no more than the rest of one source buffer ahead");
        }
        sink.subscription.request(Long.MAX_VALUE);
        assertEquals(data.length, decodedFrames(sink.done.get(30, TimeUnit.SECONDS), CHUNK));
    }

    @Test
    void anAsynchronousSourceAndSubscriberAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            byte[] data = pattern(9 * CHUNK + 123);
            TestBodies.Source source = new TestBodies.Source(TestBodies.pieces(data, 777), pool, null);
            TestBodies.Sink sink = new TestBodies.Sink(1) {
                @Override
                public synchronized void onNext(ByteBuffer item) {
                    super.onNext(item);
                    // Ask for the next one from another thread, as a transport's event loop would.
                    pool.execute(() -> subscription.request(1));
                }
            };
            TrailingChecksumBody body = TrailingChecksumBody.of(streaming(source, data.length), ChecksumAlgorithm.SHA1, CHUNK);
            body.publisher().subscribe(sink);
            byte[] sent = sink.done.get(30, TimeUnit.SECONDS);
            assertArrayEquals(read(TrailingChecksumBody.of(RequestBody.of(data), ChecksumAlgorithm.SHA1, CHUNK)), sent);
            assertEquals(ChecksumAlgorithm.SHA1.base64Of(data), body.lastChecksum());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void cancellingStopsTheSource() throws Exception {
        byte[] data = pattern(10 * CHUNK);
        TestBodies.Source source = new TestBodies.Source(data, CHUNK);
        TestBodies.Sink sink = new TestBodies.Sink(1);
        TrailingChecksumBody.of(streaming(source, data.length), ChecksumAlgorithm.CRC32, CHUNK).publisher().subscribe(sink);
        assertEquals(1, sink.items());
        sink.subscription.cancel();
        assertTrue(source.cancelled.get());
        long requested = source.requested.get();
        sink.subscription.request(5);
        assertEquals(1, sink.items(), "nothing after cancel");
        assertEquals(requested, source.requested.get());
        assertFalse(sink.done.isDone());
    }

    @Test
    void aFailingSourceFailsTheBody() {
        IllegalStateException boom = new IllegalStateException("disk gone");
        TestBodies.Source source = new TestBodies.Source(TestBodies.pieces(pattern(CHUNK + 10), 1000), null, boom);
        TestBodies.Sink sink = new TestBodies.Sink(Long.MAX_VALUE);
        TrailingChecksumBody.of(streaming(source, -1), ChecksumAlgorithm.CRC32, CHUNK).publisher().subscribe(sink);
        assertSame(boom, failure(sink));
    }

    @Test
    void aSourceThatEmitsAnotherLengthThanDeclaredFails() {
        TestBodies.Sink longer = new TestBodies.Sink(Long.MAX_VALUE);
        TrailingChecksumBody.of(streaming(new TestBodies.Source(pattern(100), 30), 99), ChecksumAlgorithm.CRC32, CHUNK)
                .publisher().subscribe(longer);
        assertEquals("the request body emitted more than the 99 bytes its length declared", failure(longer).getMessage());

        TestBodies.Sink shorter = new TestBodies.Sink(Long.MAX_VALUE);
        TrailingChecksumBody.of(streaming(new TestBodies.Source(pattern(100), 30), 101), ChecksumAlgorithm.CRC32, CHUNK)
                .publisher().subscribe(shorter);
        assertEquals("the request body emitted 100 bytes, not the 101 bytes its length declared",
                failure(shorter).getMessage());
    }

    @Test
    void nonPositiveDemandFailsTheBody() {
        TestBodies.Source source = new TestBodies.Source(pattern(100), 10);
        TestBodies.Sink sink = new TestBodies.Sink(0);
        TrailingChecksumBody.of(streaming(source, 100), ChecksumAlgorithm.CRC32, CHUNK).publisher().subscribe(sink);
        sink.subscription.request(0);
        assertInstanceOf(IllegalArgumentException.class, failure(sink));
        assertTrue(source.cancelled.get());
    }

    @Test
    void eachSubscriptionSendsTheWholeBodyAgain() throws Exception {
        TrailingChecksumBody body = TrailingChecksumBody.of(RequestBody.of(pattern(3 * CHUNK)), ChecksumAlgorithm.SHA256, CHUNK);
        assertTrue(body.replayable());
        assertNull(body.lastChecksum());
        assertArrayEquals(read(body), read(body));
        assertEquals(ChecksumAlgorithm.SHA256.base64Of(pattern(3 * CHUNK)), body.lastChecksum());
        assertFalse(TrailingChecksumBody.of(streaming(Publishers.empty(), 0), ChecksumAlgorithm.CRC32).replayable());
    }

    @Test
    void chunksSmallerThanS3AllowsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TrailingChecksumBody.of(RequestBody.of(new byte[1]), ChecksumAlgorithm.CRC32, CHUNK - 1));
    }

    static byte[] read(RequestBody body) throws Exception {
        return Publishers.aggregate(body.publisher(), -1).get(30, TimeUnit.SECONDS);
    }

    static RequestBody streaming(Flow.Publisher<ByteBuffer> publisher, long length) {
        return new RequestBody() {
            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public boolean replayable() {
                return false;
            }

            @Override
            public Flow.Publisher<ByteBuffer> publisher() {
                return publisher;
            }
        };
    }

    private static Throwable failure(TestBodies.Sink sink) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> sink.done.get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    /** Parses the chunks back: the payload length, checking every chunk but the last holds {@code chunk} bytes. */
    private static int decodedFrames(byte[] sent, int chunk) {
        String s = new String(sent, StandardCharsets.ISO_8859_1);
        int at = 0;
        int total = 0;
        boolean shortSeen = false;
        while (true) {
            int eol = s.indexOf("\r\n", at);
            int size = Integer.parseInt(s.substring(at, eol), 16);
            if (size == 0) {
                return total;
            }
            assertFalse(shortSeen, "a short chunk before the last");
            shortSeen = size != chunk;
            total += size;
            at = eol + 2 + size;
            assertEquals("\r\n", s.substring(at, at + 2));
            at += 2;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
