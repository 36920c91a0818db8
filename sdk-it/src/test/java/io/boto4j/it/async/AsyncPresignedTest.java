package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.PresignedRequests;
import io.boto4j.async.PresignedResponse;
import io.boto4j.core.ServiceException;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Presigned URLs made by the Vert.x client and sent by {@link PresignedRequests}, without
 * credentials, to s3proxy, which checks their SigV4 query signatures: an object of a few MiB up
 * from a file and down into another, byte for byte, and a tampered signature refused with no
 * file left behind.
 */
@ExtendWith(TestServers.class)
class AsyncPresignedTest {
    private static final long SIZE = (5L << 20) + 12_345;
    private static Vertx vertx;
    private static AsyncClient s3;
    private static PresignedRequests presigned;
    private static String bucket;

    @BeforeAll
    static void start(S3ProxyServer server) {
        vertx = Vertx.vertx();
        s3 = AsyncClients.create(vertx, "s3",
                AsyncClients.s3(server.endpoint(), server.credentials(), server.region()).build());
        presigned = PresignedRequests.create(vertx);
        bucket = "presigned-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket)).await();
    }

    @AfterAll
    static void stop() {
        for (Object object : listKeys()) {
            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", object)).await();
        }
        s3.call("DeleteBucket", Map.of("Bucket", bucket)).await();
        presigned.close().await();
        s3.close().await();
        vertx.close().await();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listKeys() {
        Object contents = s3.call("ListObjectsV2", Map.of("Bucket", bucket)).await().get("Contents");
        return contents == null ? List.of()
                : ((List<Map<String, Object>>) contents).stream().map(c -> c.get("Key")).toList();
    }

    private static URI presign(String operation, String key) {
        return s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", operation,
                "Params", Map.of("Bucket", bucket, "Key", key))).await();
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anObjectGoesUpFromAFileAndComesDownIntoAnotherByteForByte(@TempDir Path dir) throws Exception {
        LargeFiles.Sample sample = LargeFiles.write(dir.resolve("up.bin"), SIZE);
        AsyncFile upload = vertx.fileSystem().open(sample.path().toString(), new OpenOptions().setRead(true)).await();
        PresignedResponse put;
        try {
            put = presigned.upload(presign("PutObject", "object.bin"), upload).await();
        } finally {
            upload.close().await();
        }
        assertEquals(200, put.statusCode());

        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "object.bin")).await();
        assertEquals(SIZE, head.get("ContentLength"));
        assertEquals(put.header("ETag"), head.get("ETag"));

        Path down = dir.resolve("down.bin");
        PresignedResponse get = presigned.download(presign("GetObject", "object.bin"), down.toString()).await();
        assertEquals(200, get.statusCode());
        assertEquals(Long.toString(SIZE), get.header("Content-Length"));
        assertEquals(-1, Files.mismatch(sample.path(), down), "the same bytes");
        assertEquals(List.of("down.bin", "up.bin"), files(dir), "no part file left");
    }

    @Test
    void aTamperedSignatureIsRefusedAndLeavesNoFile(@TempDir Path dir) throws Exception {
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "guarded.txt", "Body", "not for you")).await();
        URI url = presign("GetObject", "guarded.txt");
        URI tampered = URI.create(url.toString().replaceFirst("X-Amz-Signature=.", "X-Amz-Signature="
                + (url.toString().contains("X-Amz-Signature=0") ? "1" : "0")));

        ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                () -> presigned.download(tampered, dir.resolve("guarded.txt").toString()).await()));

        assertEquals(403, e.statusCode());
        assertEquals("SignatureDoesNotMatch", e.errorCode());
        assertEquals("s3", e.service());
        assertFalse(e.getMessage().contains(tampered.getRawQuery()), "no signature in the message");
        assertEquals(List.of(), files(dir), "no file, no part file");
    }

    @Test
    void aTamperedUploadIsRefusedAndStoresNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("up.txt"), "tampered upload");
        URI url = presign("PutObject", "never.txt");
        URI tampered = URI.create(url.toString().replace("never.txt", "other.txt"));
        AsyncFile upload = vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await();
        try {
            ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                    () -> presigned.upload(tampered, upload).await()));
            assertEquals(403, e.statusCode());
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertEquals("presigned PUT", e.operation());
        } finally {
            upload.close().await();
        }
        assertFalse(listKeys().contains("other.txt"));
    }
}
