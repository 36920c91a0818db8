package io.boto4j.s3;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import static io.boto4j.s3.TransferFixture.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UploadStream: a stream of unknown length cut into parts as it is read, in bounded memory. */
class UploadStreamTest {
    private static final int CHUNK = 64 * 1024;

    @TempDir
    Path dir;
    private TransferFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    /** A stream that gives its bytes in chunks as asked, counting what it gave; its length may be untold. */
    static class Stream implements RequestBody {
        final ChunkedPublisher chunks;
        final long declared;

        Stream(byte[] data, long declared) {
            this.chunks = new ChunkedPublisher(data, CHUNK);
            this.declared = declared;
        }

        long sent() {
            return chunks.sent.get();
        }

        @Override
        public long contentLength() {
            return declared;
        }

        @Override
        public boolean replayable() {
            return false;
        }

        @Override
        public Flow.Publisher<ByteBuffer> publisher() {
            return chunks;
        }
    }

    @Test
    void aShortStreamGoesUpInOnePutObject() {
        f = new TransferFixture(dir);
        byte[] data = TransferFixture.random(100_000);
        UploadResult result = f.call(S3Methods.UPLOAD_STREAM, Map.of("Body", new Stream(data, -1), "Bucket", "b",
                "Key", "short"));
        assertEquals(List.of("PutObject"), f.s3.operations());
        assertEquals(FakeS3.crc32(data), f.s3.requests.get(0).headers().first("x-amz-checksum-crc32"));
        assertArrayEquals(data, f.s3.objects.get("b/short").bytes());
        assertEquals(0, result.partCount());
        assertEquals(100_000, result.size());
    }

    @Test
    void anEmptyStreamIsAnEmptyObject() {
        f = new TransferFixture(dir);
        UploadResult result = f.call(S3Methods.UPLOAD_STREAM, Map.of("Body", new Stream(new byte[0], -1), "Bucket", "b",
                "Key", "empty"));
        assertEquals(List.of("PutObject"), f.s3.operations());
        assertEquals(0, f.s3.objects.get("b/empty").bytes().length);
        assertEquals(0, result.size());
    }

    @Test
    void aLongStreamOfUnknownLengthIsCutIntoParts() {
        f = new TransferFixture(dir);
        byte[] data = TransferFixture.random(12 * MIB + 3);
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        UploadResult result = f.call(S3Methods.UPLOAD_STREAM, Map.of("Body", new Stream(data, -1), "Bucket", "b",
                "Key", "long", "PartSize", 5 * MIB, "Listener", heard));
        assertEquals(3, result.partCount());
        assertEquals(data.length, result.size());
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        f.s3.requests("UploadPart").stream().sorted(java.util.Comparator.comparingInt(FakeS3.Request::partNumber))
                .forEach(p -> joined.writeBytes(p.body()));
        assertArrayEquals(data, joined.toByteArray());
        assertArrayEquals(data, f.s3.objects.get("b/long").bytes());
        assertEquals("started -1 in -1", heard.events.get(0), "the length is not known at the start");
        assertEquals(data.length, heard.last.totalBytes(), "but it is at the end");
        assertEquals(3, heard.last.totalParts());
    }

    @Test
    void aStreamIsReadNoFurtherAheadThanThePartsInFlight() throws Exception {
        f = new TransferFixture(dir);
        byte[] data = TransferFixture.random(8 * 5 * MIB);
        Stream stream = new Stream(data, -1);
        FakeS3.Held held = f.s3.hold(r -> r.operation().equals("UploadPart"));
        CompletableFuture<UploadResult> upload = f.start(S3Methods.UPLOAD_STREAM, Map.of("Body", stream, "Bucket", "b",
                "Key", "k", "PartSize", 5 * MIB, "MaxConcurrency", 2));
        held.arrived.get(10, TimeUnit.SECONDS);
        while (f.s3.requests("UploadPart").size() < 2) {
            Thread.onSpinWait();
        }
        // Two parts in flight fill both slots: the stream is not read beyond them (and one chunk).
        assertTrue(stream.sent() <= 2L * 5 * MIB + CHUNK, "read " + stream.sent() + " bytes");
        held.release.complete(null);
        assertEquals(8, upload.get(30, TimeUnit.SECONDS).partCount());
        assertArrayEquals(data, f.s3.objects.get("b/k").bytes());
    }

    @Test
    void anUploadThatFailsBeforeTheStreamsEndLetsGoOfTheStream() {
        f = new TransferFixture(dir);
        f.s3.when(r -> r.operation().equals("CreateMultipartUpload"), r -> FakeS3.error(403, "AccessDenied", "no"));
        Stream stream = new Stream(TransferFixture.random(12 * MIB), -1);
        f.failure(S3Methods.UPLOAD_STREAM, Map.of("Body", stream, "Bucket", "b", "Key", "k", "PartSize", 5 * MIB,
                "MultipartThreshold", 5 * MIB));
        assertTrue(stream.chunks.cancelled, "an InputStream behind it would be closed");
        assertTrue(stream.sent() < 12 * MIB);
    }

    @Test
    void aStreamThatEndsBeforeItsDeclaredLengthFails() {
        f = new TransferFixture(dir);
        Throwable failure = f.failure(S3Methods.UPLOAD_STREAM, Map.of("Body", new Stream(new byte[90], 100),
                "Bucket", "b", "Key", "k"));
        assertInstanceOf(SdkClientException.class, failure);
        assertTrue(failure.getMessage().contains("the stream gave 90 bytes, not the 100 it declared"),
                failure.getMessage());
        assertEquals(List.of(), f.s3.requests);
    }

    @Test
    void aStreamThatFailsMidUploadAbortsIt() {
        f = new TransferFixture(dir);
        byte[] data = TransferFixture.random(12 * MIB);
        RequestBody failing = new Stream(data, -1) {
            @Override
            public Flow.Publisher<ByteBuffer> publisher() {
                Flow.Publisher<ByteBuffer> inner = super.publisher();
                return s -> inner.subscribe(new Flow.Subscriber<>() {
                    long seen;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        s.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        seen += item.remaining();
                        if (seen > 7 * MIB) {
                            s.onError(new java.io.IOException("the pipe broke"));
                        } else {
                            s.onNext(item);
                        }
                    }

                    @Override
                    public void onError(Throwable t) {
                        s.onError(t);
                    }

                    @Override
                    public void onComplete() {
                        s.onComplete();
                    }
                });
            }
        };
        Throwable failure = f.failure(S3Methods.UPLOAD_STREAM, Map.of("Body", failing, "Bucket", "b", "Key", "k",
                "PartSize", 5 * MIB, "MultipartThreshold", 5 * MIB));
        assertTrue(failure.getMessage().contains("the pipe broke"), failure.getMessage());
        assertEquals(1, f.s3.aborted.size());
        assertEquals(0, f.s3.openUploads());
    }
}
