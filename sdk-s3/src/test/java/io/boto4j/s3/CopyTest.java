package io.boto4j.s3;

import io.boto4j.core.ServiceException;
import io.boto4j.core.validation.ParamValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.boto4j.s3.TransferFixture.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copy: one CopyObject, or UploadPartCopy ranges pinned to the source's ETag, aborted on failure. */
class CopyTest {
    @TempDir
    Path home;
    private TransferFixture f;

    @BeforeEach
    void fixture() {
        f = new TransferFixture(home);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void belowTheThresholdOneCopyObjectCopies() {
        byte[] data = TransferFixture.random(1000);
        f.s3.put("src", "a.bin", data);
        CopyResult result = f.call(S3Methods.COPY, Map.of("CopySource", Map.of("Bucket", "src", "Key", "a.bin"),
                "Bucket", "dst", "Key", "b.bin"));
        assertEquals(List.of("HeadObject", "CopyObject"), f.s3.operations());
        assertEquals("src/a.bin", f.s3.requests.get(1).headers().first("x-amz-copy-source"));
        assertArrayEquals(data, f.s3.objects.get("dst/b.bin").bytes());
        assertEquals(new CopyResult("dst", "b.bin", FakeS3.etag(data), null, 1000, 0, null), result);
    }

    @Test
    void aboveItPartsAreCopiedInParallelPinnedToTheSourceAndKeepItsMetadata() {
        byte[] data = TransferFixture.random(12 * MIB);
        f.s3.objects.put("src/a.bin", new FakeS3.StoredObject(data, FakeS3.etag(data), null, null, null, null,
                Map.of("Content-Type", "image/png", "x-amz-meta-owner", "ada")));
        TransferFixture.Recorder heard = new TransferFixture.Recorder();
        CopyResult result = f.call(S3Methods.COPY, Map.of("CopySource", Map.of("Bucket", "src", "Key", "a.bin",
                        "VersionId", "v1"), "Bucket", "dst", "Key", "b.bin", "MultipartThreshold", 8 * MIB,
                "PartSize", 5 * MIB, "Listener", heard));
        assertEquals(3, result.partCount());
        FakeS3.Request create = f.s3.requests("CreateMultipartUpload").get(0);
        assertEquals("image/png", create.headers().first("Content-Type"));
        assertEquals("ada", create.headers().first("x-amz-meta-owner"));
        List<FakeS3.Request> parts = f.s3.requests("UploadPartCopy");
        assertEquals(List.of("bytes=0-5242879", "bytes=10485760-12582911", "bytes=5242880-10485759"),
                parts.stream().map(r -> r.headers().first("x-amz-copy-source-range")).sorted().toList());
        parts.forEach(p -> {
            assertEquals(FakeS3.etag(data), p.headers().first("x-amz-copy-source-if-match"));
            assertEquals("src/a.bin?versionId=v1", p.headers().first("x-amz-copy-source"));
        });
        assertArrayEquals(data, f.s3.objects.get("dst/b.bin").bytes());
        assertEquals(data.length, heard.last.bytesTransferred());
    }

    @Test
    void thePartChecksumsS3GivesForCopiedPartsGoWithTheCompletion() {
        byte[] data = TransferFixture.random(12 * MIB);
        f.s3.put("src", "a.bin", data);
        CopyResult result = f.call(S3Methods.COPY, Map.of("CopySource", Map.of("Bucket", "src", "Key", "a.bin"),
                "Bucket", "dst", "Key", "b.bin", "MultipartThreshold", 8 * MIB, "PartSize", 5 * MIB,
                "ExtraArgs", Map.of("ChecksumAlgorithm", "CRC32")));
        assertEquals("CRC32", f.s3.requests("CreateMultipartUpload").get(0).headers().first("x-amz-checksum-algorithm"));
        String complete = new String(f.s3.requests("CompleteMultipartUpload").get(0).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (int[] part : new int[][] {{0, 5 * MIB}, {5 * MIB, 10 * MIB}, {10 * MIB, 12 * MIB}}) {
            String crc = FakeS3.crc32(java.util.Arrays.copyOfRange(data, part[0], part[1]));
            assertTrue(complete.contains("<ChecksumCRC32>" + crc + "</ChecksumCRC32>"), complete);
        }
        assertEquals("COMPOSITE", result.checksum().type());
    }

    @Test
    void aFailedPartCopyAbortsTheUpload() {
        f.s3.put("src", "a.bin", TransferFixture.random(12 * MIB));
        f.s3.when(r -> r.operation().equals("UploadPartCopy") && r.partNumber() == 2,
                r -> FakeS3.error(412, "PreconditionFailed", "At least one of the preconditions you specified did not hold."));
        Throwable failure = f.failure(S3Methods.COPY, Map.of("CopySource", Map.of("Bucket", "src", "Key", "a.bin"),
                "Bucket", "dst", "Key", "b.bin", "MultipartThreshold", 8 * MIB, "PartSize", 5 * MIB));
        assertEquals("PreconditionFailed", assertInstanceOf(ServiceException.class, failure).errorCode());
        assertEquals(1, f.s3.aborted.size());
        assertEquals(0, f.s3.openUploads());
        assertFalse(f.s3.objects.containsKey("dst/b.bin"));
    }

    @Test
    void aCopySourceNeedsABucketAndAKey() {
        ParamValidationException e = assertInstanceOf(ParamValidationException.class, f.failure(S3Methods.COPY,
                Map.of("CopySource", Map.of("Bucket", "src", "Kye", "a"), "Bucket", "dst", "Key", "b")));
        assertTrue(e.getMessage().contains("Invalid CopySource member Kye"), e.getMessage());
        assertTrue(e.getMessage().contains("CopySource.Key must be a non-empty string"), e.getMessage());
        assertEquals(List.of(), f.s3.requests);
    }
}
