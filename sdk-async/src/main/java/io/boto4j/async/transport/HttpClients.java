package io.boto4j.async.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.transport.CaBundle;
import io.boto4j.core.transport.InsecureTls;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Builds the pooled Vert.x HTTP client for one runtime from the client's configuration. TLS
 * certificates and host names are verified (against the JDK's trust store or the client's CA
 * bundle) unless the client was built with {@code insecureTrustAllCertificates}.
 */
final class HttpClients {
    private static final System.Logger LOG = System.getLogger("io.boto4j.async");

    /** botocore's defaults: {@code max_pool_connections} 10, {@code connect_timeout} 60 s. */
    static final int DEFAULT_MAX_CONNECTIONS = 10;
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private HttpClients() {
    }

    static HttpClientOptions options(ClientConfig config) {
        return options(config, null);
    }

    /**
     * The client's options: the caller's own {@code HttpClientOptions} when given, copied, with
     * ClientConfig's connection settings where they leave Vert.x's default ({@link GivenOptions}:
     * explicit options win). Whatever they say, responses are not decompressed and SNI is sent.
     */
    static HttpClientOptions options(ClientConfig config, HttpClientOptions given) {
        GivenOptions user = new GivenOptions(given);
        HttpClientOptions options = user.copy()
                // Bodies are checked against Content-Length and checksums as sent: never inflate them.
                .setDecompressionSupported(false)
                .setForceSni(true);
        if (!user.setsConnectTimeout(config.connectTimeout())) {
            options.setConnectTimeout(millis(connectTimeout(config)));
        }
        if (config.idleTimeout() != null && !user.setsKeepAliveTimeout(config.idleTimeout())) {
            // How long a pooled connection may sit unused before it is closed.
            options.setKeepAliveTimeout((int) Math.max(1, ceilSeconds(config.idleTimeout())));
        }
        if (config.proxy() != null && !user.setsProxy(config.proxy())) {
            options.setProxyOptions(proxy(config.proxy()));
        }
        boolean trustGiven = user.setsTrust(config);
        if (!trustGiven && InsecureTls.warnIfEnabled(config.insecureTrustAllCertificates(), "Vert.x")) {
            options.setTrustAll(true).setVerifyHost(false);
        } else if (!trustGiven) {
            Path caBundle = CaBundle.resolve(config);
            if (caBundle != null) {
                if (!Files.isReadable(caBundle)) {
                    throw new SdkClientException("CA bundle not readable: " + caBundle);
                }
                options.setTrustOptions(new PemTrustOptions().addCertPath(caBundle.toString()));
            }
        }
        return options;
    }

    static Duration connectTimeout(ClientConfig config) {
        return config.connectTimeout() != null ? config.connectTimeout() : DEFAULT_CONNECT_TIMEOUT;
    }

    static PoolOptions pool(ClientConfig config) {
        int max = config.maxConnections() != null ? config.maxConnections() : DEFAULT_MAX_CONNECTIONS;
        // Calls beyond the bound wait for a connection, in order, in a queue with no size limit: the
        // caller's concurrency bounds it (a waiting call holds about 6 KiB: sdk-it's AsyncLoadTest) and
        // the call timeout bounds the wait. A size limit would fail calls of a burst that waiting serves.
        return new PoolOptions().setHttp1MaxSize(max).setHttp2MaxSize(max)
                .setMaxWaitQueueSize(PoolOptions.DEFAULT_MAX_WAIT_QUEUE_SIZE);
    }

    static ProxyOptions proxy(URI proxy) {
        String scheme = proxy.getScheme() == null ? "http" : proxy.getScheme().toLowerCase(Locale.ROOT);
        ProxyType type = switch (scheme) {
            case "http", "https" -> ProxyType.HTTP;
            case "socks5", "socks5h" -> ProxyType.SOCKS5;
            case "socks4", "socks4a" -> ProxyType.SOCKS4;
            default -> throw new SdkClientException("unsupported proxy scheme: " + scheme);
        };
        int port = proxy.getPort() != -1 ? proxy.getPort() : type == ProxyType.HTTP ? 80 : 1080;
        ProxyOptions options = new ProxyOptions().setType(type).setHost(proxy.getHost()).setPort(port);
        String userInfo = proxy.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            options.setUsername(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                options.setPassword(decode(userInfo.substring(colon + 1)));
            }
        }
        return options;
    }

    /**
     * Creates the client so that it belongs to the Vert.x instance, not to whichever verticle
     * happens to be building it: Vert.x closes a client created on a deployment's context when
     * that deployment is undeployed, which would break every other verticle sharing it. So when
     * called on a context, the client is created from a thread that has none. Blocking: call it
     * off the event loop.
     */
    static HttpClientAgent create(Vertx vertx, ClientConfig config, HttpClientOptions given) {
        HttpClientOptions options = options(config, given);
        PoolOptions pool = pool(config);
        if (Vertx.currentContext() == null) {
            return build(vertx, options, pool);
        }
        CompletableFuture<HttpClientAgent> client = new CompletableFuture<>();
        Thread creator = new Thread(() -> {
            try {
                client.complete(build(vertx, options, pool));
            } catch (Throwable t) {
                client.completeExceptionally(t);
            }
        }, "boto4j-http-client-setup");
        creator.setDaemon(true);
        creator.start();
        return client.join();
    }

    private static HttpClientAgent build(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        return vertx.httpClientBuilder().with(options).with(pool)
                .withConnectHandler(HttpClients::reportFailuresAtDebug)
                .build();
    }

    /**
     * A failed connection (a reset, a TLS error) also fails the request on it, and the pipeline
     * reports or retries that; an idle pooled connection's failure concerns no request at all.
     * Without a handler of its own, Vert.x would log every such failure again at ERROR, with no
     * context ("Connection reset"), even when a retry made the call succeed.
     */
    private static void reportFailuresAtDebug(HttpConnection connection) {
        connection.exceptionHandler(e -> LOG.log(System.Logger.Level.DEBUG,
                () -> "connection to " + connection.remoteAddress() + " failed: " + e));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static long ceilSeconds(Duration d) {
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }
}
