package io.boto4j.it.hostile;

import io.boto4j.async.AsyncClient;
import io.boto4j.async.PresignedRequests;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.it.servers.FakeCredentials;
import io.boto4j.it.sync.SyncClients;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.web.client.WebClientOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's own Vert.x TLS options, for the client's connections and for presigned requests,
 * against a local HTTPS server whose self-signed certificate is made for the run. Where they
 * and ClientConfig both say what to trust, the options win: they trust the certificate although
 * ClientConfig's CA bundle is another's, and they still refuse a certificate they do not trust
 * although ClientConfig says {@code insecureTrustAllCertificates}.
 */
class VertxOptionsTlsEndToEndTest {
    private static final String LIST_BUCKETS = "<ListAllMyBucketsResult><Buckets><Bucket><Name>tls-ok</Name>"
            + "</Bucket></Buckets></ListAllMyBucketsResult>";

    @TempDir
    static Path dir;
    private static Vertx vertx;
    private static SelfSignedCertificate server;
    private static SelfSignedCertificate another;
    private static URI endpoint;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = SelfSignedCertificate.create(dir, "options-server", "ip:127.0.0.1,dns:localhost");
        another = SelfSignedCertificate.create(dir, "options-another", "ip:127.0.0.1");
        HttpServer https = vertx.createHttpServer(server.httpsServerOptions())
                .requestHandler(r -> r.response().putHeader("Content-Type", "application/xml")
                        .end(r.path().equals("/") ? LIST_BUCKETS : "object over TLS"));
        endpoint = URI.create("https://127.0.0.1:" + https.listen().await().actualPort());
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    private static ClientConfig config(UnaryOperator<ClientConfig.Builder> tls) {
        return tls.apply(SyncClients.config(endpoint, FakeCredentials.CREDENTIALS, "us-east-1").maxAttempts(1)
                .clientContextParam("ForcePathStyle", true)).build();
    }

    private static PemTrustOptions trusting(SelfSignedCertificate certificate) {
        return new PemTrustOptions().addCertPath(certificate.certificate().toString());
    }

    /** ListBuckets through a client built with these settings: the bucket names. */
    private static List<?> listBuckets(ClientConfig config, HttpClientOptions options) {
        AsyncClient s3 = AsyncClient.create(vertx, "s3", config, options).await();
        try {
            return (List<?>) s3.call("ListBuckets", Map.of()).await().get("Buckets");
        } finally {
            s3.close().await();
        }
    }

    private static void assertRefusedByTls(Runnable attempt, String why) {
        RuntimeException e = assertThrows(RuntimeException.class, attempt::run, why);
        boolean tls = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            tls |= t instanceof SSLException;
        }
        assertTrue(tls, why + ": refused by the TLS handshake, got " + e);
    }

    @Test
    void theClientsOwnTrustOptionsWin() {
        assertRefusedByTls(() -> listBuckets(config(b -> b), new HttpClientOptions()), "trusted by nobody");
        assertEquals(1, listBuckets(config(b -> b), new HttpClientOptions().setTrustOptions(trusting(server))).size());
        try (LogCapture log = LogCapture.everything()) {
            assertEquals(1, listBuckets(config(b -> b.caBundle(another.certificate())),
                    new HttpClientOptions().setTrustOptions(trusting(server))).size(),
                    "the options' trust, not ClientConfig's CA bundle");
            assertRefusedByTls(() -> listBuckets(config(b -> b.insecureTrustAllCertificates(true)),
                    new HttpClientOptions().setTrustOptions(trusting(another))),
                    "the options' trust, not ClientConfig's insecure setting");
            assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARNING")
                    && l.contains("ClientConfig.caBundle is not used")), log.lines().toString());
        }
    }

    @Test
    void presignedRequestsTrustWhatTheirOptionsSay() throws IOException {
        AsyncClient s3 = AsyncClient.create(vertx, "s3", config(b -> b)).await();
        URI url = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "GetObject",
                "Params", Map.of("Bucket", "bucket", "Key", "key"))).await();
        s3.close().await();
        Path download = dir.resolve("download").resolve("key.txt");
        Files.createDirectories(download.getParent());

        PresignedRequests untrusting = PresignedRequests.create(vertx);
        try {
            assertRefusedByTls(() -> untrusting.download(url, download.toString()).await(), "trusted by nobody");
            assertEquals(List.of(), files(download.getParent()), "no file, no part file");
        } finally {
            untrusting.close().await();
        }

        PresignedRequests trusting = PresignedRequests.create(vertx,
                new WebClientOptions().setTrustOptions(trusting(server)));
        try {
            assertEquals(200, trusting.download(url, download.toString()).await().statusCode());
            assertEquals("object over TLS", Files.readString(download));
        } finally {
            trusting.close().await();
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).toList();
        }
    }
}
