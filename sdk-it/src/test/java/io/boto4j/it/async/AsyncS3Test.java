package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.BodyStream;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3 through the Vert.x layer against s3proxy, which checks SigV4 signatures. */
@ExtendWith(TestServers.class)
class AsyncS3Test {
    private static Vertx vertx;
    private static AsyncClient s3;

    @BeforeAll
    static void client(S3ProxyServer server) {
        vertx = Vertx.vertx();
        s3 = AsyncClients.create(vertx, "s3",
                AsyncClients.s3(server.endpoint(), server.credentials(), server.region()).build());
    }

    @AfterAll
    static void close() {
        s3.close().await();
        vertx.close().await();
    }

    @Test
    void bucketAndObjectLifecycle() {
        String bucket = "async-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket)).await();

        Map<String, Object> put = s3.call("PutObject", Map.of("Bucket", bucket, "Key", "dir/hello world.txt",
                "Body", "hello from Vert.x", "ContentType", "text/plain")).await();
        assertTrue(String.valueOf(put.get("ETag")).startsWith("\""), put.toString());

        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "dir/hello world.txt"))
                .await();
        assertEquals(17L, head.get("ContentLength"));
        assertEquals("text/plain", head.get("ContentType"));

        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "dir/hello world.txt"))
                .await();
        Buffer body = AsyncClient.body(got).readAll().await();
        assertEquals("hello from Vert.x", body.toString(StandardCharsets.UTF_8));

        Map<String, Object> listed = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "dir/")).await();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> contents = (List<Map<String, Object>>) listed.get("Contents");
        assertEquals(List.of("dir/hello world.txt"), contents.stream().map(c -> c.get("Key")).toList());
        assertEquals(1, listed.get("KeyCount"));

        s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "dir/hello world.txt")).await();
        Map<String, Object> empty = s3.call("ListObjectsV2", Map.of("Bucket", bucket)).await();
        assertEquals(0, empty.get("KeyCount"));
        s3.call("DeleteBucket", Map.of("Bucket", bucket)).await();

        ServiceException gone = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                () -> s3.call("HeadBucket", Map.of("Bucket", bucket)).await()));
        assertEquals(404, gone.statusCode());
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatch(S3ProxyServer server) {
        Credentials wrong = Credentials.of(server.credentials().accessKeyId(), "not-the-secret");
        AsyncClient bad = AsyncClients.create(vertx, "s3",
                AsyncClients.s3(server.endpoint(), wrong, server.region()).build());
        try {
            ServiceException e = assertInstanceOf(ServiceException.class, assertThrows(Exception.class,
                    () -> bad.call("ListBuckets", Map.of()).await()));
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertEquals(403, e.statusCode());
            assertTrue(!e.getMessage().contains("not-the-secret"), "no secret in the message");
        } finally {
            bad.close().await();
        }
    }

    @Test
    void streams64MiBFromAFileAndBackToAFile(@TempDir Path dir) throws Exception {
        String bucket = "async-stream-" + UUID.randomUUID();
        s3.call("CreateBucket", Map.of("Bucket", bucket)).await();
        LargeFiles.Sample sample = LargeFiles.write(dir.resolve("up.bin"), 64 << 20);

        var upload = vertx.fileSystem().open(sample.path().toString(), new OpenOptions().setRead(true)).await();
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "big", "Body", upload)).await();

        Path down = dir.resolve("down.bin");
        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "big")).await();
        BodyStream body = AsyncClient.body(got);
        assertEquals(sample.size(), body.contentLength());
        body.pipeTo(vertx.fileSystem().open(down.toString(), new OpenOptions().setWrite(true).setCreate(true))
                .await()).await();
        assertEquals(sample.sha256(), LargeFiles.sha256(down));

        s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "big")).await();
        s3.call("DeleteBucket", Map.of("Bucket", bucket)).await();
    }
}
