package io.boto4j.async.transport;

import io.boto4j.core.client.ClientConfig;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.ClientOptionsBase;

import java.net.URI;
import java.time.Duration;

/**
 * The {@link HttpClientOptions} a caller gave beside its {@link ClientConfig}, and the rule that
 * combines them: the options are the more specific, Vert.x-level setting, so whatever they set
 * (differs from Vert.x's default) wins, and ClientConfig fills only what they leave at the
 * default. A ClientConfig setting that loses is reported at WARNING, since setting one thing
 * twice is most likely a mistake. Of the options no setting is lost: they are copied whole.
 */
final class GivenOptions {
    private static final System.Logger LOG = System.getLogger("io.boto4j.async");

    private final HttpClientOptions given;

    /** @param given the caller's options, or null for none */
    GivenOptions(HttpClientOptions given) {
        this.given = given;
    }

    /** A copy of the given options (Vert.x's defaults when none), for the client to change. */
    HttpClientOptions copy() {
        return given == null ? new HttpClientOptions() : new HttpClientOptions(given);
    }

    /** Whether the options set their own connect timeout, which then wins over {@code fromConfig}. */
    boolean setsConnectTimeout(Duration fromConfig) {
        return wins("connectTimeout", fromConfig,
                given != null && given.getConnectTimeout() != ClientOptionsBase.DEFAULT_CONNECT_TIMEOUT);
    }

    /** Whether the options set their own keep-alive timeout, which then wins over ClientConfig's idle timeout. */
    boolean setsKeepAliveTimeout(Duration fromConfig) {
        return wins("idleTimeout", fromConfig,
                given != null && given.getKeepAliveTimeout() != HttpClientOptions.DEFAULT_KEEP_ALIVE_TIMEOUT);
    }

    /** Whether the options name their own proxy, which then wins over {@code fromConfig}. */
    boolean setsProxy(URI fromConfig) {
        return wins("proxy", fromConfig, given != null && given.getProxyOptions() != null);
    }

    /**
     * Whether the options decide what TLS trusts (trust options, or trust-all), which then wins
     * over ClientConfig's CA bundle and {@code insecureTrustAllCertificates}.
     */
    boolean setsTrust(ClientConfig config) {
        Object fromConfig = config.insecureTrustAllCertificates() ? "insecureTrustAllCertificates" : config.caBundle();
        return wins(config.insecureTrustAllCertificates() ? "insecureTrustAllCertificates" : "caBundle", fromConfig,
                given != null && (given.getTrustOptions() != null || given.isTrustAll()));
    }

    private static boolean wins(String setting, Object fromConfig, boolean setByOptions) {
        if (setByOptions && fromConfig != null) {
            LOG.log(System.Logger.Level.WARNING, "ClientConfig.{0} is not used: the HttpClientOptions given set"
                    + " their own, and explicit Vert.x options win", setting);
        }
        return setByOptions;
    }
}
