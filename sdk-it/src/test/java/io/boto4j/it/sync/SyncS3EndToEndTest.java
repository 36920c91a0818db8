package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.ResponseInputStream;
import io.boto4j.sync.SyncClient;
import io.boto4j.sync.SyncPages;
import io.boto4j.sync.SyncRequestBody;
import io.boto4j.sync.SyncResponse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** S3 through the blocking layer against s3proxy, which checks every SigV4 signature. */
@ExtendWith(TestServers.class)
class SyncS3EndToEndTest {
    private static final long LARGE = 64L << 20;

    @Test
    void bucketAndObjectLifecycle(S3ProxyServer server) throws Exception {
        String bucket = "sync-" + UUID.randomUUID();
        String key = "dir/hello wörld+1 (copy).txt";
        try (SyncClient s3 = SyncClients.s3(SyncClients.config(server))) {
            s3.call("CreateBucket", Map.of("Bucket", bucket));

            Map<String, Object> put = s3.call("PutObject", Map.of("Bucket", bucket, "Key", key,
                    "Body", "hello from the blocking layer", "ContentType", "text/plain",
                    "Metadata", Map.of("purpose", "e2e")));
            assertTrue(String.valueOf(put.get("ETag")).startsWith("\""), put.toString());

            Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", key));
            assertEquals(29L, ((Number) head.get("ContentLength")).longValue());
            assertEquals("text/plain", head.get("ContentType"));
            assertEquals(Map.of("purpose", "e2e"), head.get("Metadata"));

            try (SyncResponse got = s3.callWithMetadata("GetObject", Map.of("Bucket", bucket, "Key", key))) {
                assertEquals(200, got.statusCode());
                assertEquals("hello from the blocking layer",
                        new String(got.body().readAllBytes(), StandardCharsets.UTF_8));
            }

            Map<String, Object> listed = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "dir/"));
            List<?> contents = (List<?>) listed.get("Contents");
            assertEquals(1, contents.size(), listed.toString());
            assertEquals(key, ((Map<?, ?>) contents.get(0)).get("Key"));
            assertEquals(1, ((Number) listed.get("KeyCount")).intValue());

            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", key));
            ServiceException gone = assertThrows(ServiceException.class,
                    () -> s3.call("GetObject", Map.of("Bucket", bucket, "Key", key)));
            assertEquals("NoSuchKey", gone.errorCode());
            assertEquals(404, gone.statusCode());

            s3.call("DeleteBucket", Map.of("Bucket", bucket));
            List<?> buckets = (List<?>) s3.call("ListBuckets").getOrDefault("Buckets", List.of());
            assertFalse(buckets.stream().anyMatch(b -> bucket.equals(((Map<?, ?>) b).get("Name"))));
        }
    }

    @Test
    void largeObjectStreamsFromAFileAndBackToAFile(S3ProxyServer server, @TempDir Path dir) throws Exception {
        String bucket = "sync-large-" + UUID.randomUUID();
        Path source = Pattern.file(dir, "source.bin", LARGE);
        Path target = dir.resolve("target.bin");
        try (SyncClient s3 = SyncClients.s3(SyncClients.config(server))) {
            s3.call("CreateBucket", Map.of("Bucket", bucket));

            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "from-file", "Body", source));
            try (ResponseInputStream body = (ResponseInputStream) s3.call("GetObject",
                    Map.of("Bucket", bucket, "Key", "from-file")).get("Body")) {
                assertEquals(LARGE, body.contentLength());
                Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            }
            assertEquals(LARGE, Files.size(target));
            assertEquals(Pattern.sha256(source), Pattern.sha256(target));

            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "from-stream",
                    "Body", SyncRequestBody.fromInputStream(Pattern.stream(LARGE), LARGE)));
            try (InputStream body = (InputStream) s3.call("GetObject",
                    Map.of("Bucket", bucket, "Key", "from-stream")).get("Body")) {
                assertEquals(Pattern.sha256(source), Pattern.sha256(body));
            }

            // Closing early: the rest is abandoned and the client keeps working.
            try (InputStream body = (InputStream) s3.call("GetObject",
                    Map.of("Bucket", bucket, "Key", "from-file")).get("Body")) {
                assertEquals(1024, body.readNBytes(1024).length);
            }
            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "from-file"));
            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "from-stream"));
            s3.call("DeleteBucket", Map.of("Bucket", bucket));
        }
    }

    @Test
    void paginatorsAndWaitersRunAgainstTheServer(S3ProxyServer server) {
        String bucket = "sync-pages-" + UUID.randomUUID();
        try (SyncClient s3 = SyncClients.s3(SyncClients.config(server))) {
            s3.call("CreateBucket", Map.of("Bucket", bucket));
            s3.waitUntil("BucketExists", Map.of("Bucket", bucket));
            for (int i = 0; i < 5; i++) {
                s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k" + i, "Body", "v" + i));
            }
            s3.waitUntil("ObjectExists", Map.of("Bucket", bucket, "Key", "k4"));

            SyncPages pages = s3.paginate("ListObjectsV2", Map.of("Bucket", bucket, "MaxKeys", 2));
            assertEquals(3, pages.stream().count(), "5 keys, 2 per page");
            assertEquals(List.of("k0", "k1", "k2", "k3", "k4"), pages.search("Contents[].Key"));

            for (int i = 0; i < 5; i++) {
                s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "k" + i));
            }
            s3.call("DeleteBucket", Map.of("Bucket", bucket));
            s3.waitUntil("BucketNotExists", Map.of("Bucket", bucket));
        }
    }

    @Test
    void aWrongSecretIsACleanSignatureDoesNotMatch(S3ProxyServer server) {
        Credentials wrong = Credentials.of(server.credentials().accessKeyId(), "not-the-secret");
        try (SyncClient s3 = SyncClients.s3(SyncClients.config(server.endpoint(), wrong, server.region()))) {
            ServiceException e = assertThrows(ServiceException.class, () -> s3.call("ListBuckets"));
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertEquals(403, e.statusCode());
            assertEquals(1, e.attempts());
            assertFalse(e.getMessage().contains("not-the-secret"));
        }
    }
}
