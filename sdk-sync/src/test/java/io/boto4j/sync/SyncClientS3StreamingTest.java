package io.boto4j.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.ServiceException;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.TruncatedBodyException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 (rest-xml) streaming through the blocking layer. The tests run with a 96 MiB heap and
 * move bodies larger than that, so passing proves that both directions stream.
 */
class SyncClientS3StreamingTest {
    private static final long BIG = 256L << 20;

    @TempDir
    Path home;
    RawHttpServer server;
    SyncClient s3;

    @BeforeEach
    void start() throws Exception {
        server = new RawHttpServer();
        s3 = TestClients.s3(server, home);
    }

    @AfterEach
    void stop() throws Exception {
        s3.close();
        server.close();
    }

    /** A GetObject answer streaming {@code length} pattern bytes. */
    private static RawHttpServer.Responder object(long length) {
        return (req, out) -> {
            RawHttpServer.head(out, 200, Map.of("ETag", "\"abc\"", "Content-Type", "application/octet-stream",
                    "x-amz-request-id", "get-1"), length);
            copy(new PatternStream(length), out);
            return true;
        };
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
    }

    @Test
    void getObjectStreamsALargeBodyInBoundedMemory() throws Exception {
        server.then(object(BIG));

        SyncResponse response = s3.callWithMetadata("GetObject", Map.of("Bucket", "b", "Key", "big/object"));
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        long total = 0;
        try (ResponseInputStream body = response.body()) {
            assertEquals(BIG, body.contentLength());
            byte[] buf = new byte[32 * 1024];
            int n;
            while ((n = body.read(buf)) > 0) {
                d.update(buf, 0, n);
                total += n;
            }
        }

        assertEquals(BIG, total);
        assertEquals(PatternStream.sha256(BIG), HexFormat.of().formatHex(d.digest()));
        assertEquals("\"abc\"", response.output().get("ETag"));
        assertEquals(BIG, ((Number) response.output().get("ContentLength")).longValue());
        assertEquals("get-1", response.requestId());
        RawHttpServer.Request req = server.take();
        assertEquals("GET", req.method());
        assertEquals("/b/big/object", req.target());
        assertNull(req.header("Transfer-Encoding"));
    }

    @Test
    void closingEarlyReleasesTheConnection() throws Exception {
        CountDownLatch connectionClosed = new CountDownLatch(1);
        server.then((req, out) -> {
            RawHttpServer.head(out, 200, Map.of(), BIG);
            try {
                copy(new PatternStream(BIG), out);
            } catch (IOException e) {
                connectionClosed.countDown();
                throw e;
            }
            return true;
        });

        Map<String, Object> output = s3.call("GetObject", Map.of("Bucket", "b", "Key", "k"));
        try (InputStream body = (InputStream) output.get("Body")) {
            byte[] first = body.readNBytes(1000);
            byte[] expected = new byte[1000];
            new PatternStream(1000).read(expected, 0, 1000);
            assertArrayEquals(expected, first);
        }

        assertTrue(connectionClosed.await(10, TimeUnit.SECONDS), "the server saw the connection close");
    }

    @Test
    void aSlowReaderIsNeverCutOffByTheAttemptTimeout() throws Exception {
        server.then(object(300_000));
        try (SyncClient patient = SyncClient.create("s3", TestClients.config(server.uri(), home)
                .clientContextParam("ForcePathStyle", true).attemptTimeout(Duration.ofMillis(200)).build());
             ResponseInputStream body = patient.callWithMetadata("GetObject", Map.of("Bucket", "b", "Key", "k")).body()) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[100_000];
            int n;
            while ((n = body.readNBytes(buf, 0, buf.length)) > 0) {
                d.update(buf, 0, n);
                Thread.sleep(400); // twice the attempt timeout between reads: the reader's own time
            }
            assertEquals(PatternStream.sha256(300_000), HexFormat.of().formatHex(d.digest()));
        }
    }

    @Test
    void aStreamingBodyThatGoesSilentFailsTheReadAtTheAttemptTimeout() throws Exception {
        server.then((req, out) -> {
            RawHttpServer.head(out, 200, Map.of(), 1 << 20);
            copy(new PatternStream(10_000), out);
            out.flush();
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        try (SyncClient impatient = SyncClient.create("s3", TestClients.config(server.uri(), home)
                .clientContextParam("ForcePathStyle", true).attemptTimeout(Duration.ofMillis(300)).build());
             ResponseInputStream body = impatient.callWithMetadata("GetObject", Map.of("Bucket", "b", "Key", "k")).body()) {
            long start = System.nanoTime();
            IOException e = assertThrows(IOException.class, body::readAllBytes);
            long waited = System.nanoTime() - start;
            AttemptTimeoutException timeout = assertInstanceOf(AttemptTimeoutException.class, e.getCause(), e::toString);
            assertEquals(AttemptTimeoutException.Phase.READ, timeout.phase());
            assertTrue(waited > 200_000_000L && waited < 3_000_000_000L, "fired near its bound: " + waited / 1_000_000 + " ms");
        }
    }

    @Test
    void aTruncatedStreamingBodyFailsTheRead() throws Exception {
        server.then((req, out) -> {
            RawHttpServer.head(out, 200, Map.of(), 1 << 20);
            copy(new PatternStream(100_000), out);
            return false;
        });

        try (ResponseInputStream body = s3.callWithMetadata("GetObject", Map.of("Bucket", "b", "Key", "k")).body()) {
            IOException e = assertThrows(IOException.class, body::readAllBytes);
            assertInstanceOf(TruncatedBodyException.class, e.getCause(), String.valueOf(e.getCause()));
        }
    }

    @Test
    void putObjectFromAPathStreamsTheFileAndReplaysItOnRetry() throws Exception {
        Path file = home.resolve("upload.bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            copy(new PatternStream(3_000_000), out);
        }
        server.then(RawHttpServer.json(503, "<Error><Code>SlowDown</Code><Message>busy</Message></Error>"))
                .then((req, out) -> RawHttpServer.respond(out, 200, Map.of("ETag", "\"e\""), new byte[0]));

        SyncResponse response = s3.callWithMetadata("PutObject", Map.of("Bucket", "b", "Key", "up", "Body", file));

        assertEquals(2, response.attempts());
        assertEquals("\"e\"", response.output().get("ETag"));
        for (int i = 0; i < 2; i++) {
            RawHttpServer.Request req = server.take();
            assertEquals("PUT", req.method());
            assertEquals("3000000", req.header("Content-Length"));
            assertEquals(3_000_000, req.bodyLength());
            assertEquals(PatternStream.sha256(3_000_000), req.bodySha256());
            assertEquals("UNSIGNED-PAYLOAD", req.header("x-amz-content-sha256"));
            // Sent but not signed, as botocore: its HTTP layer adds Content-Length after signing.
            assertFalse(req.header("Authorization").contains("content-length"), req.header("Authorization"));
        }
    }

    @Test
    void putObjectFromAnInputStreamOfKnownLengthStreamsInBoundedMemory() throws Exception {
        server.then((req, out) -> RawHttpServer.respond(out, 200, Map.of("ETag", "\"big\""), new byte[0]));

        s3.call("PutObject", Map.of("Bucket", "b", "Key", "big",
                "Body", SyncRequestBody.fromInputStream(new PatternStream(BIG), BIG)));

        RawHttpServer.Request req = server.take();
        assertEquals(Long.toString(BIG), req.header("Content-Length"));
        assertEquals(BIG, req.bodyLength());
        assertEquals(PatternStream.sha256(BIG), req.bodySha256());
    }

    @Test
    void putObjectFromAPlainInputStreamUsesTheContentLengthParam() throws Exception {
        server.then((req, out) -> RawHttpServer.respond(out, 200, Map.of(), new byte[0]));

        s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "ContentLength", 70_000L,
                "Body", new PatternStream(70_000)));

        RawHttpServer.Request req = server.take();
        assertEquals("70000", req.header("Content-Length"));
        assertEquals(PatternStream.sha256(70_000), req.bodySha256());
    }

    @Test
    void putObjectFromAnInputStreamOfUnknownLengthIsChunked() throws Exception {
        server.then((req, out) -> RawHttpServer.respond(out, 200, Map.of(), new byte[0]));

        s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", new PatternStream(200_000)));

        RawHttpServer.Request req = server.take();
        assertEquals("chunked", req.header("Transfer-Encoding"));
        assertNull(req.header("Content-Length"));
        assertEquals(PatternStream.sha256(200_000), req.bodySha256());
    }

    @Test
    void putObjectFromAStringIsSignedWithItsHash() throws Exception {
        server.then((req, out) -> RawHttpServer.respond(out, 200, Map.of(), new byte[0]));

        s3.call("PutObject", Map.of("Bucket", "b", "Key", "k", "Body", "hello"));

        RawHttpServer.Request req = server.take();
        assertEquals("hello", req.bodyText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("hello".getBytes(StandardCharsets.UTF_8))), req.header("x-amz-content-sha256"));
    }

    @Test
    void anS3ErrorBecomesServiceException() {
        server.then((req, out) -> RawHttpServer.respond(out, 404, Map.of("x-amz-request-id", "r404",
                "x-amz-id-2", "ext", "Content-Type", "application/xml"),
                "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>"));

        ServiceException e = assertThrows(ServiceException.class,
                () -> s3.call("GetObject", Map.of("Bucket", "b", "Key", "missing")));

        assertEquals("NoSuchKey", e.errorCode());
        assertEquals(404, e.statusCode());
        assertEquals("r404", e.requestId());
        assertEquals("ext", e.extendedRequestId());
        assertNotNull(e.errorShape());
    }
}
