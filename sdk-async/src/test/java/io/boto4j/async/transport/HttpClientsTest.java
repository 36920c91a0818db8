package io.boto4j.async.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.client.ClientConfig;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PemTrustOptions;
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
}
