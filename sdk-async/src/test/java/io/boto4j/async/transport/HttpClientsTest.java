package io.boto4j.async.transport;

import io.boto4j.async.CapturedLog;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.client.ClientConfig;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClientConfig's connection settings as Vert.x client and pool options. */
class HttpClientsTest {

    @Test
    void defaultsFollowBotocore() {
        HttpClientOptions options = HttpClients.options(ClientConfig.defaults());
        assertEquals(60_000, options.getConnectTimeout());
        assertEquals(10, HttpClients.pool(ClientConfig.defaults()).getHttp1MaxSize());
        assertFalse(options.isDecompressionSupported(), "bodies are checked as sent");
        assertTrue(options.isKeepAlive());
        assertNull(options.getProxyOptions());
    }

    @Test
    void timeoutsPoolProxyAndTrustComeFromTheConfig(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        ClientConfig config = ClientConfig.builder()
                .connectTimeout(Duration.ofMillis(1500))
                .idleTimeout(Duration.ofMillis(2500))
                .maxConnections(42)
                .proxy(URI.create("http://user:p%40ss@proxy.example:3128"))
                .caBundle(ca)
                .build();
        HttpClientOptions options = HttpClients.options(config);
        assertEquals(1500, options.getConnectTimeout());
        assertEquals(3, options.getKeepAliveTimeout(), "whole seconds, rounded up");
        assertEquals(42, HttpClients.pool(config).getHttp1MaxSize());
        assertEquals(ProxyType.HTTP, options.getProxyOptions().getType());
        assertEquals("proxy.example", options.getProxyOptions().getHost());
        assertEquals(3128, options.getProxyOptions().getPort());
        assertEquals("user", options.getProxyOptions().getUsername());
        assertEquals("p@ss", options.getProxyOptions().getPassword());
        assertEquals(List.of(ca.toString()), ((PemTrustOptions) options.getTrustOptions()).getCertPaths());
    }

    @Test
    void aMissingCaBundleIsAClearError(@TempDir Path dir) {
        SdkClientException e = assertThrows(SdkClientException.class, () -> HttpClients.options(
                ClientConfig.builder().caBundle(dir.resolve("missing.pem")).build()));
        assertTrue(e.getMessage().contains("missing.pem"), e.getMessage());
    }

    @Test
    void socksProxiesAreSupported() {
        assertEquals(ProxyType.SOCKS5, HttpClients.proxy(URI.create("socks5://127.0.0.1:1080")).getType());
        assertThrows(SdkClientException.class, () -> HttpClients.proxy(URI.create("ftp://x:1")));
    }
    @Test
    void explicitOptionsWinOverClientConfig(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        ClientConfig config = ClientConfig.builder()
                .connectTimeout(Duration.ofMillis(1500))
                .idleTimeout(Duration.ofSeconds(7))
                .proxy(URI.create("http://config-proxy.example:3128"))
                .caBundle(ca)
                .build();
        PemTrustOptions ownTrust = new PemTrustOptions().addCertPath("own.pem");
        HttpClientOptions given = new HttpClientOptions()
                .setConnectTimeout(250)
                .setKeepAliveTimeout(9)
                .setProxyOptions(new ProxyOptions().setHost("own-proxy.example").setPort(8080))
                .setTrustOptions(ownTrust)
                .setProtocolVersion(HttpVersion.HTTP_2)
                .setDecompressionSupported(true);
        List<String> warnings = warningsWhile(() -> {
            HttpClientOptions options = HttpClients.options(config, given);
            assertEquals(250, options.getConnectTimeout());
            assertEquals(9, options.getKeepAliveTimeout());
            assertEquals("own-proxy.example", options.getProxyOptions().getHost());
            assertEquals(List.of("own.pem"), ((PemTrustOptions) options.getTrustOptions()).getCertPaths());
            assertEquals(HttpVersion.HTTP_2, options.getProtocolVersion(), "what ClientConfig cannot say is kept");
            assertFalse(options.isDecompressionSupported(), "bodies are checked as sent, whatever the options say");
            assertTrue(options.isForceSni());
        });
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ClientConfig.proxy is not used")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ClientConfig.caBundle is not used")), warnings.toString());
        assertFalse(warnings.toString().contains("config-proxy.example"), "no setting's value in the warning");
        assertTrue(given.isDecompressionSupported(), "the caller's options are copied, not changed");
    }

    @Test
    void clientConfigFillsWhatTheOptionsLeaveAtVertxDefaults() {
        ClientConfig config = ClientConfig.builder()
                .connectTimeout(Duration.ofMillis(1500))
                .proxy(URI.create("http://config-proxy.example:3128"))
                .insecureTrustAllCertificates(true)
                .build();
        HttpClientOptions given = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2).setUseAlpn(true)
                .setTcpNoDelay(false);
        List<String> warnings = warningsWhile(() -> {
            HttpClientOptions options = HttpClients.options(config, given);
            assertEquals(1500, options.getConnectTimeout());
            assertEquals("config-proxy.example", options.getProxyOptions().getHost());
            assertTrue(options.isTrustAll());
            assertFalse(options.isVerifyHost());
            assertTrue(options.isUseAlpn());
            assertFalse(options.isTcpNoDelay());
        });
        assertTrue(warnings.stream().noneMatch(w -> w.contains("is not used")), warnings.toString());
    }

    @Test
    void optionsThatTrustEverythingOverruleACaBundle(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        List<String> warnings = warningsWhile(() -> {
            HttpClientOptions options = HttpClients.options(ClientConfig.builder().caBundle(ca).build(),
                    new HttpClientOptions().setTrustAll(true));
            assertTrue(options.isTrustAll());
            assertNull(options.getTrustOptions());
        });
        assertEquals(1, warnings.size(), warnings.toString());
    }

    /** What the SDK logged at WARNING while {@code action} ran. */
    private static List<String> warningsWhile(Runnable action) {
        try (CapturedLog log = CapturedLog.of("io.boto4j")) {
            action.run();
            return log.lines().stream().filter(line -> line.startsWith("WARNING")).toList();
        }
    }
}
