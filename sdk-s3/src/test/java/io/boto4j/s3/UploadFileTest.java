package io.boto4j.s3;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.validation.ParamValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.boto4j.s3.TransferFixture.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UploadFile against an in-memory S3: one PutObject or a multipart upload, and every way it can end. */
class UploadFileTest {
    @TempDir
    Path dir;
    private TransferFixture f;

    private TransferFixture fixture() {
        return f = new TransferFixture(dir.resolve("home"));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Path file(int size) throws Exception {
        Path p = dir.resolve("upload-" + size + ".bin");
        Files.write(p, TransferFixture.random(size));
        return p;
    }

    @Test
    void aSmallFileGoesUpInOnePutObjectWithItsCrc32() throws Exception {
        TransferFixture t = fixture();
        Path file = file(1024);
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        UploadResult result = t.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b", "Key", "small",
                "ExtraArgs", Map.of("ContentType", "text/plain", "Metadata", Map.of("owner", "ada")), "Listener", heard));
        assertEquals(List.of("PutObject"), t.s3.operations());
        FakeS3.Request put = t.s3.requests.get(0);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(FakeS3.crc32(bytes), put.headers().first("x-amz-checksum-crc32"));
        assertEquals("CRC32", put.headers().first("x-amz-sdk-checksum-algorithm"));
        assertEquals("text/plain", put.headers().first("Content-Type"));
        assertEquals("ada", put.headers().first("x-amz-meta-owner"));
        assertArrayEquals(bytes, t.s3.objects.get("b/small").bytes());
        assertEquals(new UploadResult("b", "small", FakeS3.etag(bytes), null, 1024, 0,
                new ObjectChecksum("CRC32", FakeS3.crc32(bytes), null)), result);
        assertEquals(List.of("started 1024 in 0", "bytes 1024", "completed 1024"), heard.events);
    }

    @Test
    void aLargeFileGoesUpInPartsEachWithItsChecksum() throws Exception {
        TransferFixture t = fixture();
        Path file = file(12 * MIB + 5);
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        UploadResult result = t.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b", "Key", "large",
                "PartSize", 5 * MIB, "Listener", heard));

        List<String> ops = t.s3.operations();
        assertEquals("CreateMultipartUpload", ops.get(0));
        assertEquals("CompleteMultipartUpload", ops.get(ops.size() - 1));
        assertEquals(List.of("UploadPart 1", "UploadPart 2", "UploadPart 3"), ops.subList(1, 4).stream().sorted().toList());
        assertEquals("CRC32", t.s3.requests("CreateMultipartUpload").get(0).headers().first("x-amz-checksum-algorithm"));
        for (FakeS3.Request part : t.s3.requests("UploadPart")) {
            assertEquals(FakeS3.crc32(part.body()), part.headers().first("x-amz-checksum-crc32"), part.toString());
            assertEquals(part.partNumber() < 3 ? 5 * MIB : 2 * MIB + 5, part.body().length);
        }
        String complete = new String(t.s3.requests("CompleteMultipartUpload").get(0).body(), StandardCharsets.UTF_8);
        assertTrue(complete.matches(".*<Part><ETag>[^<]+</ETag><ChecksumCRC32>[^<]+</ChecksumCRC32>"
                + "<PartNumber>1</PartNumber></Part><Part>.*<PartNumber>2</PartNumber>.*<PartNumber>3</PartNumber>.*"),
                complete);
        byte[] bytes = Files.readAllBytes(file);
        FakeS3.StoredObject stored = t.s3.objects.get("b/large");
        assertArrayEquals(bytes, stored.bytes());
        assertEquals(new UploadResult("b", "large", stored.eTag(), null, bytes.length, 3,
                new ObjectChecksum("CRC32", stored.crc32(), "COMPOSITE")), result);
        assertTrue(result.checksum().isComposite());

        assertEquals("started " + bytes.length + " in 3", heard.events.get(0));
        assertEquals("completed " + bytes.length, heard.events.get(heard.events.size() - 1));
        assertEquals(3, heard.events.stream().filter(e -> e.startsWith("part ")).count());
        assertEquals(0, heard.concurrentCalls, "the listener is called one call at a time");
        assertTrue(!heard.events.contains("WENT BACKWARDS"));
        assertEquals(3, heard.last.partsCompleted());
    }

    @Test
    void noMoreThanMaxConcurrencyPartsAreReadOrSentAtOnce() throws Exception {
        TransferFixture t = fixture();
        Path file = file(8 * 5 * MIB);
        FakeS3.Held held = t.s3.hold(r -> r.operation().equals("UploadPart"));
        CompletableFuture<UploadResult> upload = t.start(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b",
                "Key", "k", "PartSize", 5 * MIB, "MaxConcurrency", 3));
        held.arrived.get(10, TimeUnit.SECONDS);
        while (t.s3.requests("UploadPart").size() < 3) {
            Thread.onSpinWait();
        }
        // The three parts in flight hold every slot: no fourth part is read until one is acknowledged.
        assertEquals(3, t.s3.requests("UploadPart").size());
        held.release.complete(null);
        assertEquals(8, upload.get(30, TimeUnit.SECONDS).partCount());
        assertEquals(8, t.s3.requests("UploadPart").size());
        assertTrue(t.s3.maxInFlight() <= 3, "in flight at once: " + t.s3.maxInFlight());
    }

    @Test
    void aFailedPartAbortsTheUploadOnceThePartsInFlightFinished() throws Exception {
        TransferFixture t = fixture();
        Path file = file(3 * 5 * MIB);
        FakeS3.Held first = t.s3.hold(r -> r.operation().equals("UploadPart") && r.partNumber() == 1);
        CompletableFuture<Void> secondFailed = new CompletableFuture<>();
        t.s3.when(r -> r.operation().equals("UploadPart") && r.partNumber() == 2, r -> {
            // Fails once part 1 is in flight (else the failure might stop part 1 before it is sent).
            first.arrived.join();
            secondFailed.complete(null);
            return FakeS3.error(403, "AccessDenied", "Access Denied");
        });
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        CompletableFuture<UploadResult> upload = t.start(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b",
                "Key", "k", "PartSize", 5 * MIB, "MaxConcurrency", 2, "Listener", heard));
        secondFailed.get(10, TimeUnit.SECONDS);
        // S3 is still receiving part 1: cancelling it would not stop S3 storing it after the abort.
        assertTrue(!upload.isDone());
        assertTrue(!t.s3.operations().contains("AbortMultipartUpload"));
        first.release.complete(null);

        Throwable failure = assertThrows(java.util.concurrent.CompletionException.class, upload::join).getCause();
        assertEquals("AccessDenied", assertInstanceOf(ServiceException.class, failure).errorCode());
        assertTrue(!first.cancelled);
        List<String> ops = t.s3.operations();
        assertEquals("AbortMultipartUpload", ops.get(ops.size() - 1));
        assertTrue(!ops.contains("UploadPart 3"), "the slot part 2 freed takes no new part: " + ops);
        assertTrue(!ops.contains("CompleteMultipartUpload"));
        assertEquals(1, t.s3.aborted.size());
        assertEquals(0, t.s3.openUploads());
        assertEquals("failed", heard.events.get(heard.events.size() - 1));
    }

    @Test
    void aPartThatFailsOnceIsSentAgainFromMemory() throws Exception {
        TransferFixture t = fixture();
        Path file = file(2 * 5 * MIB);
        boolean[] failedOnce = new boolean[1];
        t.s3.when(r -> r.operation().equals("UploadPart") && r.partNumber() == 2 && !failedOnce[0]
                && (failedOnce[0] = true), r -> FakeS3.error(500, "InternalError", "We encountered an internal error."));
        UploadResult result = t.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b", "Key", "k",
                "PartSize", 5 * MIB));
        assertEquals(2, result.partCount());
        assertEquals(3, t.s3.requests("UploadPart").size());
        assertArrayEquals(Files.readAllBytes(file), t.s3.objects.get("b/k").bytes());
    }

    @Test
    void cancellingMidUploadAbortsItBeforeTheCallFails() throws Exception {
        TransferFixture t = fixture();
        Path file = file(3 * 5 * MIB);
        FakeS3.Held second = t.s3.hold(r -> r.operation().equals("UploadPart") && r.partNumber() == 2);
        TransferCancellation cancellation = new TransferCancellation();
        CompletableFuture<UploadResult> upload = t.start(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b",
                "Key", "k", "PartSize", 5 * MIB, "MaxConcurrency", 1, "Cancellation", cancellation));
        second.arrived.get(10, TimeUnit.SECONDS);
        cancellation.cancel();
        assertTrue(!upload.isDone(), "the part in flight finishes first");
        second.release.complete(null);
        Throwable failure = assertThrows(java.util.concurrent.CompletionException.class, upload::join).getCause();
        assertInstanceOf(SdkClientException.class, failure);
        assertTrue(failure.getMessage().contains("s3.UploadFile was cancelled"), failure.getMessage());
        assertEquals(List.of("CreateMultipartUpload", "UploadPart 1", "UploadPart 2", "AbortMultipartUpload"),
                t.s3.operations(), "no part after the cancellation, aborted before the call failed");
        assertEquals(0, t.s3.openUploads());
    }

    @Test
    void cancellingTheCallsFutureAbortsTheUpload() throws Exception {
        TransferFixture t = fixture();
        Path file = file(2 * 5 * MIB);
        FakeS3.Held held = t.s3.hold(r -> r.operation().equals("UploadPart"));
        CompletableFuture<UploadResult> upload = t.start(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b",
                "Key", "k", "PartSize", 5 * MIB));
        held.arrived.get(10, TimeUnit.SECONDS);
        upload.cancel(true);
        held.release.complete(null);
        // The clean-up goes on after the caller's future gave up: wait for it.
        for (int i = 0; i < 1000 && t.s3.aborted.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertEquals(1, t.s3.aborted.size());
        assertEquals(0, t.s3.openUploads());
        assertTrue(!t.s3.operations().contains("CompleteMultipartUpload"));
    }

    @Test
    void aFullObjectUploadSendsTheWholeObjectsCrcCombinedFromItsParts() throws Exception {
        TransferFixture t = fixture();
        Path file = file(11 * MIB);
        UploadResult result = t.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b", "Key", "k",
                "PartSize", 5 * MIB, "ExtraArgs", Map.of("ChecksumType", "FULL_OBJECT")));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("FULL_OBJECT", t.s3.requests("CreateMultipartUpload").get(0).headers().first("x-amz-checksum-type"));
        FakeS3.Request complete = t.s3.requests("CompleteMultipartUpload").get(0);
        assertEquals(FakeS3.crc32(bytes), complete.headers().first("x-amz-checksum-crc32"));
        assertEquals("FULL_OBJECT", complete.headers().first("x-amz-checksum-type"));
        assertEquals(new ObjectChecksum("CRC32", FakeS3.crc32(bytes), "FULL_OBJECT"), result.checksum());
    }

    @Test
    void anotherAlgorithmIsComputedForEveryPart() throws Exception {
        TransferFixture t = fixture();
        Path file = file(11 * MIB);
        t.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file, "Bucket", "b", "Key", "k", "PartSize", 5 * MIB,
                "ExtraArgs", Map.of("ChecksumAlgorithm", "SHA256")));
        assertEquals(3, t.s3.requests("UploadPart").size());
        List<String> completed = new ArrayList<>();
        for (FakeS3.Request part : t.s3.requests("UploadPart")) {
            String sha = java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(part.body()));
            assertEquals(sha, part.headers().first("x-amz-checksum-sha256"));
            assertEquals("SHA256", part.headers().first("x-amz-sdk-checksum-algorithm"));
            completed.add("<ChecksumSHA256>" + sha + "</ChecksumSHA256>");
        }
        String complete = new String(t.s3.requests("CompleteMultipartUpload").get(0).body(), StandardCharsets.UTF_8);
        completed.forEach(c -> assertTrue(complete.contains(c), complete));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() throws Exception {
        TransferFixture t = fixture();
        Path file = file(10);
        ParamValidationException e = assertInstanceOf(ParamValidationException.class, t.failure(S3Methods.UPLOAD_FILE,
                Map.of("Filename", file, "Bucket", "b", "Key", "k", "PartSize", 0,
                        "ExtraArgs", Map.of("ContentTyp", "text/plain"))));
        assertEquals("UploadFile", e.operation());
        assertTrue(e.getMessage().contains("Parameter PartSize must be positive, not 0"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid extra argument ContentTyp, must be one of: ACL,"), e.getMessage());
        Throwable missing = t.failure(S3Methods.UPLOAD_FILE, Map.of("Filename", dir.resolve("nope"), "Bucket", "b",
                "Key", "k"));
        assertTrue(missing.getMessage().contains("s3.UploadFile: cannot read " + dir.resolve("nope")), missing.getMessage());
        assertEquals(List.of(), t.s3.requests);
    }

    @Test
    void theThresholdComesFromTheProfileAsTheAwsCliWritesIt() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\ns3 =\n  multipart_threshold = 1KB\n"
                + "  max_concurrent_requests = 4\n");
        f = new TransferFixture(home);
        assertEquals(1024L, f.runtime.option(TransferOptions.MULTIPART_THRESHOLD));
        assertEquals(4, f.runtime.option(TransferOptions.MAX_CONCURRENT_REQUESTS));
        f.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file(2048), "Bucket", "b", "Key", "k"));
        assertEquals(List.of("CreateMultipartUpload", "UploadPart 1", "CompleteMultipartUpload"), f.s3.operations());

        try (TransferFixture inCode = new TransferFixture(dir.resolve("home2"), ClientConfig.builder()
                .option(TransferOptions.MULTIPART_THRESHOLD, 4096L))) {
            inCode.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file(2048), "Bucket", "b", "Key", "k"));
            assertEquals(List.of("PutObject"), inCode.s3.operations());
            inCode.call(S3Methods.UPLOAD_FILE, Map.of("Filename", file(2048), "Bucket", "b", "Key", "k",
                    "MultipartThreshold", 2048));
            assertEquals("CreateMultipartUpload", inCode.s3.operations().get(1), "a call's own threshold wins");
        }
    }
}
