package io.boto4j.it.hostile;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.it.async.AsyncClients;
import io.boto4j.it.servers.FakeCredentials;
import io.boto4j.it.sync.SyncClients;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TLS verification through both layers against local HTTPS servers with certificates made for
 * the run: one valid for 127.0.0.1, one for another host name. By default both are refused
 * (the certificate is not trusted); with its certificate as the client's CA bundle the first is
 * accepted and the second still refused (trusted, but its host name does not match); only
 * {@code insecureTrustAllCertificates} accepts both, and a client built with it logs a WARNING.
 * The CA bundle is also found where botocore finds it: {@code AWS_CA_BUNDLE}, the profile's {@code ca_bundle}.
 */
class TlsVerificationEndToEndTest {
    private static final String LIST_BUCKETS = "<ListAllMyBucketsResult><Buckets><Bucket><Name>tls-ok</Name>"
            + "</Bucket></Buckets></ListAllMyBucketsResult>";
    private static final Credentials CREDENTIALS = FakeCredentials.CREDENTIALS;

    @TempDir
    static Path dir;
    private static Vertx vertx;
    private static SelfSignedCertificate forThisHost;
    private static SelfSignedCertificate forOtherHost;
    private static URI rightHost;
    private static URI wrongHost;

    @BeforeAll
    static void servers() {
        vertx = Vertx.vertx();
        forThisHost = SelfSignedCertificate.create(dir, "this-host", "ip:127.0.0.1,dns:localhost");
        forOtherHost = SelfSignedCertificate.create(dir, "other-host", "dns:other.example");
        rightHost = serve(forThisHost);
        wrongHost = serve(forOtherHost);
    }

    private static URI serve(SelfSignedCertificate certificate) {
        HttpServer server = vertx.createHttpServer(certificate.httpsServerOptions())
                .requestHandler(r -> r.response().putHeader("Content-Type", "application/xml").end(LIST_BUCKETS));
        return URI.create("https://127.0.0.1:" + server.listen().await().actualPort());
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    /** ListBuckets through one layer with a configuration; its bucket names, or the failure. */
    private interface Layer extends Function<ClientConfig, List<?>> {
    }

    private static final Layer SYNC = config -> {
        try (SyncClient s3 = SyncClient.create("s3", config)) {
            return (List<?>) s3.call("ListBuckets").get("Buckets");
        }
    };

    private static final Layer ASYNC = config -> {
        AsyncClient s3 = AsyncClient.create(vertx, "s3", config).await();
        try {
            return (List<?>) s3.call("ListBuckets", Map.of()).await().get("Buckets");
        } finally {
            s3.close().await();
        }
    };

    private static ClientConfig config(URI endpoint, UnaryOperator<ClientConfig.Builder> tls) {
        return tls.apply(SyncClients.config(endpoint, CREDENTIALS, "us-east-1").maxAttempts(1)
                .clientContextParam("ForcePathStyle", true)).build();
    }

    @Test
    void blockingLayer() {
        checks(SYNC);
    }

    @Test
    void vertxLayer() {
        checks(ASYNC);
    }

    private static void checks(Layer layer) {
        assertRefused(layer, config(rightHost, b -> b), "an untrusted certificate");
        assertRefused(layer, config(wrongHost, b -> b), "an untrusted certificate for another host");
        assertEquals(1, layer.apply(config(rightHost, b -> b.caBundle(forThisHost.certificate()))).size(),
                "the CA bundle trusts the certificate");
        assertRefused(layer, config(wrongHost, b -> b.caBundle(forOtherHost.certificate())),
                "a trusted certificate for another host name");
        assertEquals(1, layer.apply(config(rightHost, b -> b.environment(ConfigEnvironment.of(
                        Map.of("AWS_CA_BUNDLE", forThisHost.certificate().toString()), dir)))).size(),
                "AWS_CA_BUNDLE trusts the certificate, as botocore's does");
        assertEquals(1, layer.apply(config(rightHost, b -> b.environment(ConfigEnvironment.of(
                        Map.of("AWS_CONFIG_FILE", profileWithCaBundle(forThisHost).toString()), dir)))).size(),
                "the profile's ca_bundle trusts the certificate");
        try (LogCapture log = LogCapture.everything()) {
            assertEquals(1, layer.apply(config(rightHost, b -> b.insecureTrustAllCertificates(true))).size());
            assertEquals(1, layer.apply(config(wrongHost, b -> b.insecureTrustAllCertificates(true))).size());
            assertTrue(log.lines().stream().filter(l -> l.startsWith("WARNING")
                            && l.contains("TLS certificate and host name verification are OFF")).count() >= 2,
                    "a WARNING for every client built with the option");
        }
        assertTrue(config(rightHost, b -> b.insecureTrustAllCertificates(true)).toString().contains("INSECURE"));
    }

    /** A config file whose default profile names the certificate as its {@code ca_bundle}. */
    private static Path profileWithCaBundle(SelfSignedCertificate certificate) {
        Path file = dir.resolve("config-" + certificate.certificate().getFileName());
        try {
            Files.writeString(file, "[default]\nca_bundle = " + certificate.certificate() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void assertRefused(Layer layer, ClientConfig config, String why) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> layer.apply(config), why);
        boolean tls = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            tls |= t instanceof SSLException;
        }
        assertTrue(tls, why + ": refused by the TLS handshake, got " + e);
    }
}
