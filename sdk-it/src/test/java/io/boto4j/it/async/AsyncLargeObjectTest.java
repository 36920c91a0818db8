package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.BodyStream;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A 256 MiB object up from a file and down to a file through the Vert.x layer, in a JVM whose
 * heap is capped at 128 MiB (surefire execution {@code async-large-objects}): the object is twice
 * the heap, so the test can pass only if every step streams with back-pressure.
 */
@ExtendWith(TestServers.class)
class AsyncLargeObjectTest {
    private static final long SIZE = 256L << 20;

    @Test
    void aLargeObjectStreamsBothWaysInBoundedMemory(S3ProxyServer server, @TempDir Path dir) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assumeTrue(maxHeap < SIZE, "needs a heap smaller than the object (surefire execution async-large-objects "
                + "runs it with -Xmx128m); this JVM's max heap is " + (maxHeap >> 20) + " MiB");
        Vertx vertx = Vertx.vertx();
        AsyncClient s3 = AsyncClients.create(vertx, "s3",
                AsyncClients.s3(server.endpoint(), server.credentials(), server.region()).build());
        try {
            String bucket = "async-large-" + UUID.randomUUID();
            s3.call("CreateBucket", Map.of("Bucket", bucket)).await();
            LargeFiles.Sample sample = LargeFiles.write(dir.resolve("up.bin"), SIZE);

            var upload = vertx.fileSystem().open(sample.path().toString(), new OpenOptions().setRead(true)).await();
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "large", "Body", upload)).await();

            Path down = dir.resolve("down.bin");
            BodyStream body = AsyncClient.body(s3.call("GetObject", Map.of("Bucket", bucket, "Key", "large")).await());
            body.pipeTo(vertx.fileSystem().open(down.toString(), new OpenOptions().setWrite(true).setCreate(true))
                    .await()).await();
            assertEquals(SIZE, Files.size(down));
            assertEquals(sample.sha256(), LargeFiles.sha256(down));

            s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "large")).await();
            s3.call("DeleteBucket", Map.of("Bucket", bucket)).await();
            System.out.printf("256 MiB up and down through a %d MiB heap%n", maxHeap >> 20);
        } finally {
            s3.close().await();
            vertx.close().await();
        }
    }
}
