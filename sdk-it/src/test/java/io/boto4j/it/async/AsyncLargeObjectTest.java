package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.BodyStream;
import io.boto4j.core.auth.Credentials;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A 256 MiB object up from a file and down to a file through the Vert.x layer, in a JVM whose
 * heap is capped at 128 MiB (surefire execution {@code async-large-objects}): the object is twice
 * the heap, so the test passes only if every step streams with back-pressure.
 *
 * <p>The server is a streaming S3 stand-in in this JVM (so it too must stream), not s3proxy:
 * the harness runs s3proxy in memory, on a heap shared by every test of the run.
 * {@link AsyncS3Test} streams 64 MiB through s3proxy with its signature checks.
 */
class AsyncLargeObjectTest {
    private static final long SIZE = 256L << 20;
    private static final Buffer CHUNK = Buffer.buffer(randomBytes(1 << 20));

    @Test
    void aLargeObjectStreamsBothWaysInBoundedMemory(@TempDir Path dir) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        assumeTrue(maxHeap < SIZE, "needs a heap smaller than the object (surefire execution async-large-objects "
                + "runs it with -Xmx128m); this JVM's max heap is " + (maxHeap >> 20) + " MiB");
        Vertx vertx = Vertx.vertx();
        AtomicReference<String> uploaded = new AtomicReference<>();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(req -> serve(req, uploaded))
                .listen(0, "127.0.0.1").await();
        AsyncClient s3 = AsyncClients.create(vertx, "s3", AsyncClients.s3(
                URI.create("http://127.0.0.1:" + server.actualPort()), Credentials.of("AKID", "secret"),
                "us-east-1").build());
        try {
            LargeFiles.Sample sample = LargeFiles.write(dir.resolve("up.bin"), SIZE);
            var upload = vertx.fileSystem().open(sample.path().toString(), new OpenOptions().setRead(true)).await();
            s3.call("PutObject", Map.of("Bucket", "bucket", "Key", "large", "Body", upload)).await();
            assertEquals(sample.sha256(), uploaded.get());
            Files.delete(sample.path());

            Path down = dir.resolve("down.bin");
            BodyStream body = AsyncClient.body(s3.call("GetObject", Map.of("Bucket", "bucket", "Key", "large")).await());
            assertEquals(SIZE, body.contentLength());
            body.pipeTo(vertx.fileSystem().open(down.toString(), new OpenOptions().setWrite(true).setCreate(true))
                    .await()).await();
            assertEquals(SIZE, Files.size(down));
            assertEquals(servedSha256(), LargeFiles.sha256(down));
            System.out.printf("256 MiB up and down through the Vert.x layer in a %d MiB heap%n", maxHeap >> 20);
        } finally {
            s3.close().await();
            server.close().await();
            vertx.close().await();
        }
    }

    /** PUT: hashes what arrives. GET: sends {@link #CHUNK} over and over, as fast as the socket drains. */
    private static void serve(HttpServerRequest req, AtomicReference<String> uploaded) {
        if (req.method().name().equals("PUT")) {
            MessageDigest digest = sha256();
            req.handler(b -> digest.update(b.getBytes()));
            req.endHandler(v -> {
                uploaded.set(HexFormat.of().formatHex(digest.digest()));
                req.response().putHeader("ETag", "\"large\"").end();
            });
            return;
        }
        HttpServerResponse response = req.response().putHeader("Content-Length", Long.toString(SIZE))
                .putHeader("Content-Type", "application/octet-stream");
        AtomicLong left = new AtomicLong(SIZE / CHUNK.length());
        Runnable[] pump = new Runnable[1];
        pump[0] = () -> {
            while (left.get() > 0 && !response.writeQueueFull()) {
                left.decrementAndGet();
                response.write(CHUNK);
            }
            if (left.get() == 0) {
                // Once: a drain handler left in place would run again after end() and end twice.
                response.drainHandler(null);
                response.end();
            } else {
                response.drainHandler(v -> pump[0].run());
            }
        };
        pump[0].run();
    }

    private static String servedSha256() {
        MessageDigest digest = sha256();
        byte[] chunk = CHUNK.getBytes();
        for (long i = 0; i < SIZE / chunk.length; i++) {
            digest.update(chunk);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] randomBytes(int size) {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        return b;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
