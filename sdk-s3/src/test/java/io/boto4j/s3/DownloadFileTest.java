package io.boto4j.s3;

import io.boto4j.core.ChecksumMismatchException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.ParamValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.boto4j.s3.TransferFixture.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DownloadFile: ranged GETs into a temporary file, checked, moved into place; nothing left on failure. */
class DownloadFileTest {
    @TempDir
    Path home;
    @TempDir
    Path dir;
    private TransferFixture f;

    @BeforeEach
    void fixture() {
        f = new TransferFixture(home);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSmallObjectComesInOneGetPinnedToItsETagAndIsChecked() throws Exception {
        byte[] data = TransferFixture.random(5000);
        f.s3.put("b", "small", data);
        Path file = dir.resolve("small.bin");
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        DownloadResult result = f.call(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "small",
                "Filename", file, "Listener", heard));
        assertEquals(List.of("HeadObject", "GetObject"), f.s3.operations());
        assertEquals("ENABLED", f.s3.requests.get(0).headers().first("x-amz-checksum-mode"));
        FakeS3.Request get = f.s3.requests.get(1);
        assertNull(get.headers().first("Range"));
        assertEquals(FakeS3.etag(data), get.headers().first("If-Match"));
        assertArrayEquals(data, Files.readAllBytes(file));
        assertEquals(new DownloadResult("b", "small", file, 5000, FakeS3.etag(data), null,
                new ObjectChecksum("CRC32", FakeS3.crc32(data), "FULL_OBJECT"), true), result);
        assertEquals(List.of("small.bin"), filesInDir());
        assertEquals(List.of("started 5000 in 0", "bytes 5000", "completed 5000"), heard.events);
    }

    @Test
    void aLargeObjectComesInParallelRangesWhoseCrcsCombineIntoTheObjects() throws Exception {
        byte[] data = TransferFixture.random(12 * MIB + 7);
        f.s3.put("b", "large", data);
        Path file = dir.resolve("large.bin");
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        DownloadResult result = f.call(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "large",
                "Filename", file, "PartSize", 5 * MIB, "Listener", heard));
        assertEquals(List.of("bytes=0-5242879", "bytes=10485760-12582918", "bytes=5242880-10485759"),
                f.s3.requests("GetObject").stream().map(r -> r.headers().first("Range")).sorted().toList());
        assertArrayEquals(data, Files.readAllBytes(file));
        assertTrue(result.checksumValidated());
        assertEquals(List.of("large.bin"), filesInDir());
        assertEquals("started " + data.length + " in 3", heard.events.get(0));
        assertEquals(data.length, heard.last.bytesTransferred());
        assertEquals(3, heard.last.partsCompleted());
        assertEquals(0, heard.concurrentCalls);
    }

    @Test
    void aCorruptedObjectIsDetectedAndLeavesNoFile() throws Exception {
        byte[] data = TransferFixture.random(12 * MIB);
        f.s3.put("b", "k", data);
        byte[] damaged = data.clone();
        damaged[7 * MIB] ^= 1;
        FakeS3.StoredObject stored = f.s3.objects.get("b/k");
        f.s3.objects.put("b/k", new FakeS3.StoredObject(damaged, stored.eTag(), stored.crc32(), stored.checksumType(),
                null, null, Map.of()));
        Path file = dir.resolve("k.bin");
        ChecksumMismatchException failure = assertInstanceOf(ChecksumMismatchException.class,
                f.failure(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", file)));
        assertEquals("CRC32", failure.algorithm());
        assertEquals(stored.crc32(), failure.expected());
        assertEquals(FakeS3.crc32(damaged), failure.computed());
        assertEquals(List.of(), filesInDir(), "no file, no temporary file");
    }

    @Test
    void aFailedRangeLeavesTheDestinationAsItWas() throws Exception {
        f.s3.put("b", "k", TransferFixture.random(3 * 5 * MIB));
        Path file = dir.resolve("k.bin");
        Files.writeString(file, "the previous version");
        FakeS3.Held third = f.s3.hold(r -> r.operation().equals("GetObject")
                && "bytes=10485760-15728639".equals(r.headers().first("Range")));
        f.s3.when(r -> r.operation().equals("GetObject") && "bytes=5242880-10485759".equals(r.headers().first("Range")),
                r -> {
                    third.arrived.join(); // fails once the third range is in flight, to be cancelled
                    return FakeS3.error(403, "AccessDenied", "Access Denied");
                });
        Throwable failure = f.failure(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", file,
                "PartSize", 5 * MIB));
        assertEquals("AccessDenied", assertInstanceOf(ServiceException.class, failure).errorCode());
        assertTrue(third.cancelled, "the range in flight was cancelled");
        assertEquals("the previous version", Files.readString(file));
        assertEquals(List.of("k.bin"), filesInDir());
    }

    @Test
    void anObjectReplacedMidDownloadFailsItRatherThanMixingVersions() throws Exception {
        f.s3.put("b", "k", TransferFixture.random(3 * 5 * MIB));
        FakeS3.Held second = f.s3.hold(r -> r.operation().equals("GetObject")
                && "bytes=5242880-10485759".equals(r.headers().first("Range")));
        Path file = dir.resolve("k.bin");
        CompletableFuture<DownloadResult> download = f.start(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k",
                "Filename", file, "PartSize", 5 * MIB, "MaxConcurrency", 1));
        second.arrived.get(10, TimeUnit.SECONDS);
        f.s3.put("b", "k", TransferFixture.random(3 * 5 * MIB + 1));
        second.release.complete(null);
        Throwable failure = assertInstanceOf(java.util.concurrent.CompletionException.class,
                org.junit.jupiter.api.Assertions.assertThrows(Exception.class, download::join)).getCause();
        assertEquals("PreconditionFailed", assertInstanceOf(ServiceException.class, failure).errorCode());
        assertFalse(Files.exists(file));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void aCompositeChecksumIsCheckedPartByPartWhenS3ListsTheParts() throws Exception {
        Path source = dir.resolve("source.bin");
        byte[] data = TransferFixture.random(11 * MIB);
        Files.write(source, data);
        f.call(S3Methods.UPLOAD_FILE, Map.of("Filename", source, "Bucket", "b", "Key", "k", "PartSize", 5 * MIB));
        Files.delete(source);
        f.s3.requests.clear();
        Path file = dir.resolve("k.bin");
        DownloadResult result = f.call(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", file,
                "PartSize", 8 * MIB));
        assertTrue(result.checksumValidated());
        assertTrue(result.checksum().isComposite());
        assertTrue(f.s3.operations().contains("GetObjectAttributes"));
        assertEquals(List.of("bytes=0-5242879", "bytes=10485760-11534335", "bytes=5242880-10485759"),
                f.s3.requests("GetObject").stream().map(r -> r.headers().first("Range")).sorted().toList(),
                "the ranges follow the object's parts");
        assertArrayEquals(data, Files.readAllBytes(file));

        FakeS3.StoredObject stored = f.s3.objects.get("b/k");
        byte[] damaged = data.clone();
        damaged[6 * MIB] ^= 1;
        f.s3.objects.put("b/k", new FakeS3.StoredObject(damaged, stored.eTag(), stored.crc32(), stored.checksumType(),
                stored.partSizes(), stored.partCrc32s(), Map.of()));
        ChecksumMismatchException failure = assertInstanceOf(ChecksumMismatchException.class, f.failure(
                S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", dir.resolve("again.bin"))));
        assertEquals(stored.partCrc32s().get(1), failure.expected(), "part 2's");
        assertEquals(FakeS3.crc32(java.util.Arrays.copyOfRange(damaged, 5 * MIB, 10 * MIB)), failure.computed());
        assertEquals(List.of("k.bin"), filesInDir());
    }

    @Test
    void withoutAPartListACompositeChecksumIsNotCheckedAndTheResultSaysSo() throws Exception {
        Path source = dir.resolve("source.bin");
        Files.write(source, TransferFixture.random(11 * MIB));
        f.call(S3Methods.UPLOAD_FILE, Map.of("Filename", source, "Bucket", "b", "Key", "k", "PartSize", 5 * MIB));
        f.s3.when(r -> r.operation().equals("GetObjectAttributes"), r -> FakeS3.error(501, "NotImplemented", "no"));
        DownloadResult result = f.call(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k",
                "Filename", dir.resolve("k.bin")));
        assertFalse(result.checksumValidated());
        assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(dir.resolve("k.bin")));
    }

    @Test
    void cancellingADownloadLeavesNoFile() throws Exception {
        f.s3.put("b", "k", TransferFixture.random(3 * 5 * MIB));
        FakeS3.Held second = f.s3.hold(r -> r.operation().equals("GetObject")
                && "bytes=5242880-10485759".equals(r.headers().first("Range")));
        TransferCancellation cancellation = new TransferCancellation();
        CompletableFuture<DownloadResult> download = f.start(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k",
                "Filename", dir.resolve("k.bin"), "PartSize", 5 * MIB, "Cancellation", cancellation));
        second.arrived.get(10, TimeUnit.SECONDS);
        List<String> during = filesInDir();
        assertEquals(1, during.size(), during.toString());
        assertTrue(during.get(0).startsWith(".k.bin.") && during.get(0).endsWith(".part"),
                "the core's part file, hidden beside the destination: " + during);
        cancellation.cancel();
        Throwable failure = assertInstanceOf(java.util.concurrent.CompletionException.class,
                org.junit.jupiter.api.Assertions.assertThrows(Exception.class, download::join)).getCause();
        assertTrue(failure.getMessage().contains("s3.DownloadFile was cancelled"), failure.getMessage());
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() {
        ParamValidationException e = assertInstanceOf(ParamValidationException.class, f.failure(S3Methods.DOWNLOAD_FILE,
                Map.of("Bucket", "b", "Key", "k", "Filename", dir.resolve("x"), "VersionId", "v1",
                        "ExtraArgs", Map.of("VersionId", "v2", "Range", "bytes=0-1"))));
        assertTrue(e.getMessage().contains("VersionId and ExtraArgs.VersionId differ"), e.getMessage());
        assertTrue(e.getMessage().contains("Invalid extra argument Range, must be one of: ChecksumMode,"), e.getMessage());
        Throwable directory = f.failure(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", dir));
        assertTrue(directory.getMessage().contains("s3.DownloadFile: cannot write " + dir), directory.getMessage());
        assertTrue(directory.getMessage().contains("is a directory; name a file in it"), directory.getMessage());
        Path nowhere = dir.resolve("missing").resolve("k.bin");
        Throwable missing = f.failure(S3Methods.DOWNLOAD_FILE, Map.of("Bucket", "b", "Key", "k", "Filename", nowhere));
        assertTrue(missing.getMessage().contains("directory " + nowhere.getParent() + " does not exist; create it"),
                missing.getMessage());
        assertEquals(List.of(), f.s3.requests);
    }
}
