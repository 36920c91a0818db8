package io.boto4j.async;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presigned GETs and PUTs against a Vert.x server on 127.0.0.1 that plays S3. */
class PresignedRequestsTest {
    /** The query of a SigV4 presigned URL, as GeneratePresignedUrl encodes it. */
    private static final String SIGNED = "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIDEXAMPLE%2F20250101%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String SIGNATURE_DOES_NOT_MATCH = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not"
            + " match the signature you provided.</Message><RequestId>REQ123</RequestId><HostId>HOST456</HostId>"
            + "</Error>";

    private static Vertx vertx;
    private static FakeServer server;
    private static PresignedRequests presigned;
    /**
     * When an upload's body is cut short, the WebClient resets the request, and Vert.x logs that
     * at ERROR ("Stream reset: 0"), since the WebClient gives its request no exception handler;
     * the future fails with the real cause. Logged after the future fails, so held for the class.
     */
    private static CapturedLog resetRequests;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        resetRequests = CapturedLog.of("io.vertx.core.http.impl.HttpClientRequestImpl");
        vertx = Vertx.vertx();
        server = FakeServer.start(vertx);
        presigned = PresignedRequests.create(vertx);
    }

    @AfterAll
    static void stop() {
        presigned.close().await();
        server.close();
        vertx.close().await();
        resetRequests.close();
    }

    private static URI url(String path) {
        return URI.create(server.url() + path + SIGNED);
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static <T extends Throwable> T failure(Class<T> type, Future<?> future) {
        Exception e = assertThrows(Exception.class, future::await);
        return assertInstanceOf(type, e, () -> "failed with " + e + (e.getCause() == null ? "" : ", cause " + e.getCause()));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void s3Error(HttpServerRequest req, int status, String xml) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/xml")
                .putHeader("x-amz-request-id", "REQ123").end(xml);
    }

    // ---------------------------------------------------------------- GET into a file

    @Test
    void aGetLandsWholeInTheFile() throws Exception {
        byte[] object = randomBytes(3 << 20);
        server.handle(req -> req.response().putHeader("ETag", "\"etag-1\"").end(Buffer.buffer(object)));
        Path file = dir.resolve("object.bin");

        PresignedResponse answer = presigned.download(url("/bucket/dir%2Fobject.bin"), file.toString()).await();

        assertEquals(200, answer.statusCode());
        assertEquals("\"etag-1\"", answer.header("ETag"));
        assertArrayEquals(object, Files.readAllBytes(file));
        assertEquals(List.of("object.bin"), files(), "no part file left beside it");
        HttpServerRequest sent = server.requests.get(0);
        assertEquals("GET", sent.method().name());
        assertEquals("/bucket/dir%2Fobject.bin" + SIGNED, sent.uri(), "the URL goes as signed, not encoded again");
        assertEquals("127.0.0.1:" + URI.create(server.url()).getPort(), sent.getHeader("Host"));
    }

    @Test
    void anErrorAnswerFailsWithS3sCodeAndLeavesTheFileAsItWas() throws Exception {
        server.handle(req -> s3Error(req, 403, SIGNATURE_DOES_NOT_MATCH));
        Path file = Files.writeString(dir.resolve("kept.txt"), "before");

        ServiceException e = failure(ServiceException.class, presigned.download(url("/bucket/key"), file.toString()));

        assertEquals(403, e.statusCode());
        assertEquals("SignatureDoesNotMatch", e.errorCode());
        assertTrue(e.errorMessage().startsWith("The request signature we calculated"), e.errorMessage());
        assertEquals("REQ123", e.requestId());
        assertEquals("HOST456", e.extendedRequestId());
        assertEquals("s3", e.service());
        assertEquals("presigned GET", e.operation());
        assertFalse(e.getMessage().contains("0123456789abcdef"), "no signature in " + e.getMessage());
        assertEquals("before", Files.readString(file));
        assertEquals(List.of("kept.txt"), files());
    }

    @Test
    void aBodilessErrorIsNamedAfterItsStatus() {
        server.handle(req -> req.response().setStatusCode(404).end());
        ServiceException e = failure(ServiceException.class,
                presigned.download(url("/bucket/missing"), dir.resolve("missing").toString()));
        assertEquals("404", e.errorCode());
        assertEquals("Not Found", e.errorMessage());
    }

    @Test
    void aHugeErrorBodyIsReadOnlyInPart() {
        // 8 MiB of message: only the start is read, so the XML is cut and the status names the error.
        String huge = "<Error><Code>InternalError</Code><Message>" + "x".repeat(8 << 20) + "</Message></Error>";
        server.handle(req -> s3Error(req, 500, huge));
        ServiceException e = failure(ServiceException.class,
                presigned.download(url("/bucket/huge"), dir.resolve("huge").toString()));
        assertEquals(500, e.statusCode());
        assertEquals("500", e.errorCode());
    }

    @Test
    void aConnectionLostMidBodyLeavesNoFile() throws Exception {
        server.handle(req -> req.response().putHeader("Content-Length", Integer.toString(1 << 20))
                .write(Buffer.buffer(randomBytes(1000)))
                .onComplete(written -> req.connection().close()));

        SdkClientException e = failure(SdkClientException.class,
                presigned.download(url("/bucket/cut"), dir.resolve("cut.bin").toString()));

        assertTrue(e.getMessage().startsWith("presigned GET http://127.0.0.1:"), e.getMessage());
        assertFalse(e.getMessage().contains("0123456789abcdef"), "no signature in " + e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingDirectoryFailsBeforeAnythingIsSent() {
        server.handle(req -> req.response().end("never asked"));
        SdkClientException e = failure(SdkClientException.class,
                presigned.download(url("/bucket/key"), dir.resolve("absent").resolve("file").toString()));
        assertTrue(e.getMessage().contains("does not exist; create it or name another file"), e.getMessage());
        assertEquals(List.of(), server.requests);
    }

    @Test
    void signedHeadersGoWithTheRequest() throws Exception {
        server.handle(req -> req.response().setStatusCode(206).end("part"));
        PresignedResponse answer = presigned.download(url("/bucket/key"), dir.resolve("range").toString(),
                MultiMap.caseInsensitiveMultiMap().add("Range", "bytes=0-3")).await();
        assertEquals(206, answer.statusCode());
        assertEquals("bytes=0-3", server.requests.get(0).getHeader("Range"));
        assertEquals("part", Files.readString(dir.resolve("range")));
    }

    @Test
    void redirectsAreErrorsNotFollowed() {
        server.handle(req -> req.response().setStatusCode(307).putHeader("Location", server.url() + "/elsewhere")
                .end("<Error><Code>TemporaryRedirect</Code><Message>Please re-send</Message></Error>"));
        ServiceException e = failure(ServiceException.class,
                presigned.download(url("/bucket/key"), dir.resolve("moved").toString()));
        assertEquals("TemporaryRedirect", e.errorCode());
        assertEquals(1, server.requests.size());
    }

    // ---------------------------------------------------------------- GET into a WriteStream

    @Test
    void aGetIntoAStreamWritesOnlyAsFastAsTheStreamDrains() {
        byte[] object = randomBytes(4 << 20);
        server.handle(req -> req.response().end(Buffer.buffer(object)));
        BufferStream slow = BufferStream.slow(vertx);

        PresignedResponse answer = presigned.download(url("/bucket/key"), slow).await();

        assertEquals(200, answer.statusCode());
        assertArrayEquals(object, slow.received.getBytes());
        assertTrue(slow.ended(), "the stream is ended once the body is whole");
        assertNull(slow.writtenWhileFull(), "a write came while the stream was full");
    }

    @Test
    void anErrorWritesNothingIntoTheStreamAndLeavesItOpen() {
        server.handle(req -> s3Error(req, 403, SIGNATURE_DOES_NOT_MATCH));
        BufferStream stream = BufferStream.fast();
        ServiceException e = failure(ServiceException.class, presigned.download(url("/bucket/key"), stream));
        assertEquals("SignatureDoesNotMatch", e.errorCode());
        assertEquals(0, stream.received.length());
        assertFalse(stream.ended());
    }

    // ---------------------------------------------------------------- PUT

    /** Answers a PUT with what arrived: body, Content-Length and Content-Type, through {@code into}. */
    private static void receive(AtomicReference<HttpServerRequest> head, AtomicReference<Buffer> into) {
        server.handle(req -> req.body().onSuccess(body -> {
            head.set(req);
            into.set(body);
            req.response().putHeader("ETag", "\"put-etag\"").end();
        }));
    }

    private AsyncFile open(Path file) {
        return vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await();
    }

    @Test
    void anUploadSendsTheFileWithItsLength() throws Exception {
        byte[] content = randomBytes(3 << 20);
        Path file = Files.write(dir.resolve("up.bin"), content);
        AtomicReference<HttpServerRequest> head = new AtomicReference<>();
        AtomicReference<Buffer> arrived = new AtomicReference<>();
        receive(head, arrived);
        AsyncFile upload = open(file);

        PresignedResponse answer = presigned.upload(url("/bucket/up.bin"), upload,
                MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/x-test")).await();
        upload.close().await();

        assertEquals(200, answer.statusCode());
        assertEquals("\"put-etag\"", answer.header("ETag"));
        assertArrayEquals(content, arrived.get().getBytes());
        assertEquals(Integer.toString(content.length), head.get().getHeader("Content-Length"));
        assertNull(head.get().getHeader("Transfer-Encoding"), "not chunked");
        assertEquals("application/x-test", head.get().getHeader("Content-Type"));
        assertEquals("/bucket/up.bin" + SIGNED, head.get().uri());
    }

    /** The message an upload fails with when its stream gives {@code actual} bytes for {@code declared} (see {@link #resetRequests}). */
    private String uploadOfWrongLength(int actual, int declared) throws IOException {
        server.handle(HttpServerRequest::body);
        AsyncFile file = open(Files.write(dir.resolve("wrong-length"), randomBytes(actual)));
        try {
            return failure(SdkClientException.class, presigned.upload(url("/bucket/k"), file, declared)).getMessage();
        } finally {
            file.close().await();
        }
    }

    @Test
    void anUploadOfAStreamShorterThanDeclaredFails() throws Exception {
        String message = uploadOfWrongLength(10, 20);
        assertTrue(message.contains("the request body ended after 10 of the 20 bytes"), message);
    }

    @Test
    void anUploadOfAStreamLongerThanDeclaredFails() throws Exception {
        String message = uploadOfWrongLength(30, 20);
        assertTrue(message.contains("the request body gave more than the 20 bytes"), message);
    }

    @Test
    void anUploadErrorCarriesS3sCode() throws Exception {
        server.handle(req -> req.body().onSuccess(body -> s3Error(req, 403,
                "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));
        AsyncFile file = open(Files.write(dir.resolve("denied"), randomBytes(100)));
        ServiceException e = failure(ServiceException.class, presigned.upload(url("/bucket/k"), file));
        file.close().await();
        assertEquals("AccessDenied", e.errorCode());
        assertEquals("presigned PUT", e.operation());
        assertEquals("REQ123", e.requestId());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void badArgumentsFailBeforeAnyIo() throws Exception {
        server.handle(req -> req.response().end());
        assertTrue(failure(SdkClientException.class, presigned.download(URI.create("ftp://127.0.0.1/x" + SIGNED),
                dir.resolve("x").toString())).getMessage().contains("absolute http:// or https:// URL"));
        SdkClientException relative = failure(SdkClientException.class,
                presigned.download(URI.create("/bucket/key" + SIGNED), BufferStream.fast()));
        assertFalse(relative.getMessage().contains("0123456789abcdef"), relative.getMessage());
        AsyncFile file = open(Files.write(dir.resolve("some"), randomBytes(10)));
        assertTrue(failure(SdkClientException.class, presigned.upload(url("/bucket/k"), file, -1))
                .getMessage().contains("contentLength"));
        file.close().await();
        assertThrows(NullPointerException.class, () -> presigned.download(null, "x"));
        assertEquals(List.of(), server.requests);
    }
}
