package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.transport.CaBundle;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What the blocking transport takes from a {@link ClientConfig}.
 *
 * @param connectTimeout how long opening a connection may take (TCP, TLS, a proxy's tunnel)
 * @param proxy          an {@code http://[user:password@]host[:port]} proxy, or null
 * @param caBundle       a PEM file of trusted CAs replacing the default trust, or null
 * @param maxConnections connections open at most per endpoint, in use or idle (more callers wait)
 * @param idleTimeout    how long a connection may sit idle in the pool before it is closed
 * @param insecureTrustAllCertificates whether certificates and host names go unchecked (never by
 *                       default; see {@link ClientConfig.Builder#insecureTrustAllCertificates(boolean)})
 */
public record TransportSettings(Duration connectTimeout, URI proxy, Path caBundle, int maxConnections, Duration idleTimeout,
                                boolean insecureTrustAllCertificates) {
    /** botocore's defaults: {@code connect_timeout} 60 s, {@code max_pool_connections} 10. */
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_CONNECTIONS = 10;
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    public TransportSettings {
        if (proxy != null) {
            String scheme = proxy.getScheme() == null ? "" : proxy.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") || proxy.getHost() == null) {
                throw new SdkClientException("proxy " + proxy.getScheme() + "://" + proxy.getHost()
                        + ": the blocking layer supports http:// proxies only (which also tunnel https requests);"
                        + " use the Vert.x layer for socks proxies");
            }
        }
    }

    /** Settings that check TLS as they should: for code and tests that build a transport by hand. */
    public TransportSettings(Duration connectTimeout, URI proxy, Path caBundle, int maxConnections, Duration idleTimeout) {
        this(connectTimeout, proxy, caBundle, maxConnections, idleTimeout, false);
    }

    /** A transport's settings with defaults for what the config leaves unset. Blocking: may read the config file. */
    public static TransportSettings from(ClientConfig config) {
        return new TransportSettings(
                config.connectTimeout() != null ? config.connectTimeout() : DEFAULT_CONNECT_TIMEOUT,
                config.proxy(), CaBundle.resolve(config),
                config.maxConnections() != null ? config.maxConnections() : DEFAULT_MAX_CONNECTIONS,
                config.idleTimeout() != null ? config.idleTimeout() : DEFAULT_IDLE_TIMEOUT,
                config.insecureTrustAllCertificates());
    }

    /** Never shows proxy credentials. */
    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeout + ", proxy="
                + (proxy == null ? null : proxy.getScheme() + "://" + proxy.getHost() + ":" + proxy.getPort())
                + ", caBundle=" + caBundle + ", maxConnections=" + maxConnections + ", idleTimeout=" + idleTimeout
                + (insecureTrustAllCertificates ? ", INSECURE: TLS not verified" : "") + "]";
    }
}
