package io.boto4j.sync.transport;

import io.boto4j.core.client.ClientConfig;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the blocking transport takes from a {@link ClientConfig}: the settings java.net.http can
 * honour per client. (Pool size and idle timeout are process-wide system properties there:
 * {@code jdk.httpclient.connectionPoolSize}, {@code jdk.httpclient.keepalive.timeout}.)
 *
 * @param connectTimeout how long to wait for a connection, null for the JDK's default (none)
 * @param proxy          an {@code http://[user:password@]host:port} proxy, or null
 * @param caBundle       a PEM file of trusted CAs replacing the default trust, or null
 * @param insecureTrustAllCertificates whether certificates and host names go unchecked (never by
 *                       default; see {@link ClientConfig.Builder#insecureTrustAllCertificates(boolean)})
 */
public record TransportSettings(Duration connectTimeout, URI proxy, Path caBundle,
                                boolean insecureTrustAllCertificates) {

    public static TransportSettings from(ClientConfig config) {
        return new TransportSettings(config.connectTimeout() != null ? config.connectTimeout() : Duration.ofSeconds(60),
                config.proxy(), config.caBundle(), config.insecureTrustAllCertificates());
    }

    /** Never shows proxy credentials. */
    @Override
    public String toString() {
        return "TransportSettings[connectTimeout=" + connectTimeout + ", proxy="
                + (proxy == null ? null : proxy.getScheme() + "://" + proxy.getHost() + ":" + proxy.getPort())
                + ", caBundle=" + caBundle + (insecureTrustAllCertificates ? ", INSECURE: TLS not verified" : "") + "]";
    }
}
