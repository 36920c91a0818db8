package io.boto4j.async;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.ext.web.client.WebClientOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's own Vert.x options for the client's connections and for presigned requests, shown by
 * a proxy: requests go through a small forward proxy on 127.0.0.1 to a server playing S3, and
 * the proxy records what it forwarded. ClientConfig's proxy, where the options name their own,
 * is a port nobody listens on: had it been used, the call would have been refused.
 */
class ConnectionOptionsTest {
    private static final String LIST_BUCKETS = "<ListAllMyBucketsResult><Buckets><Bucket><Name>via-proxy</Name>"
            + "</Bucket></Buckets></ListAllMyBucketsResult>";

    @TempDir
    static Path home;
    private static Vertx vertx;
    private static FakeServer origin;
    private static ForwardProxy proxy;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        origin = FakeServer.start(vertx);
        proxy = ForwardProxy.start(vertx);
    }

    @AfterAll
    static void stop() {
        proxy.close();
        origin.close();
        vertx.close().await();
    }

    @BeforeEach
    void playS3() {
        proxy.forwarded.clear();
        origin.handle(req -> {
            if (req.method().name().equals("PUT")) {
                req.body().onSuccess(body -> req.response().putHeader("ETag", "\"" + body.length() + "\"").end());
            } else if (req.path().equals("/")) {
                req.response().putHeader("Content-Type", "application/xml").end(LIST_BUCKETS);
            } else {
                req.response().end("object at " + req.path());
            }
        });
    }

    private static ClientConfig.Builder config() {
        return ClientConfig.builder()
                .region("us-east-1")
                .endpointUrl(origin.url())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "test-secret")))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .clientContextParam("ForcePathStyle", true)
                .maxAttempts(1);
    }

    private static ProxyOptions theProxy() {
        return new ProxyOptions().setHost("127.0.0.1").setPort(proxy.port());
    }

    private static URI nobodyListens() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<?> buckets(AsyncClient s3) {
        return (List<?>) s3.call("ListBuckets", Map.of()).await().get("Buckets");
    }

    private static URI presignedGet(AsyncClient s3, String key) {
        return s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
                "Params", Map.of("Bucket", "bucket", "Key", key))).await();
    }

    @Test
    void theClientsOwnProxyOptionsWinOverClientConfigs() {
        AsyncClient s3;
        try (CapturedLog log = CapturedLog.of("io.boto4j")) {
            s3 = AsyncClient.create(vertx, "s3", config().proxy(nobodyListens()).build(),
                    new HttpClientOptions().setProxyOptions(theProxy())).await();
            assertTrue(log.lines().contains("WARNING: ClientConfig.proxy is not used: the HttpClientOptions given set"
                    + " their own, and explicit Vert.x options win"), log.lines().toString());
        }
        try {
            assertEquals(1, buckets(s3).size());
            assertEquals(List.of("GET " + origin.url() + "/"), proxy.forwarded);
        } finally {
            s3.close().await();
        }
    }

    @Test
    void clientConfigsProxyServesWhenTheOptionsNameNone() {
        AsyncClient s3 = AsyncClient.createBlocking(vertx, "s3", config().proxy(URI.create("http://127.0.0.1:"
                + proxy.port())).build(), new HttpClientOptions().setTcpKeepAlive(true));
        try {
            assertEquals(1, buckets(s3).size());
            assertEquals(1, proxy.forwarded.size());
        } finally {
            s3.close().await();
        }
    }

    @Test
    void presignedRequestsOfAClientShareItsConnectionsAndSettings() {
        AsyncClient s3 = AsyncClient.create(vertx, "s3", config().build(),
                new HttpClientOptions().setProxyOptions(theProxy())).await();
        try {
            PresignedRequests presigned = PresignedRequests.of(s3);
            BufferStream got = BufferStream.fast();
            presigned.download(presignedGet(s3, "shared.txt"), got).await();
            assertEquals("object at /bucket/shared.txt", got.received.toString());
            assertTrue(proxy.forwarded.get(0).startsWith("GET " + origin.url() + "/bucket/shared.txt?X-Amz-"),
                    proxy.forwarded.toString());
            presigned.close().await();
            assertEquals(1, buckets(s3).size(), "closing the helper leaves the client's connections open");
        } finally {
            s3.close().await();
        }
    }

    @Test
    void presignedRequestsGoThroughTheProxyOfTheirOwnOptions(@TempDir Path dir) throws Exception {
        AsyncClient s3 = AsyncClient.create(vertx, "s3", config().build()).await();
        PresignedRequests presigned = PresignedRequests.create(vertx, new WebClientOptions().setProxyOptions(theProxy()));
        try {
            Path file = Files.writeString(dir.resolve("up.txt"), "twelve bytes");
            AsyncFile upload = vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await();
            URI put = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "PutObject",
                    "Params", Map.of("Bucket", "bucket", "Key", "up.txt"))).await();
            assertEquals("\"12\"", presigned.upload(put, upload).await().header("ETag"));
            upload.close().await();

            presigned.download(presignedGet(s3, "down.txt"), dir.resolve("down.txt").toString()).await();
            assertEquals("object at /bucket/down.txt", Files.readString(dir.resolve("down.txt")));
            assertEquals(List.of("PUT", "GET"), proxy.forwarded.stream().map(r -> r.split(" ")[0]).toList());
        } finally {
            presigned.close().await();
            s3.close().await();
        }
    }
}
