package io.boto4j.core.transport;

/**
 * The warning both layers' transports log when a client is built with
 * {@link io.boto4j.core.client.ClientConfig.Builder#insecureTrustAllCertificates(boolean)}: said once per client, at
 * WARNING, whatever else the application logs.
 */
public final class InsecureTls {
    private static final System.Logger LOG = System.getLogger("io.boto4j.transport");

    private InsecureTls() {
    }

    /**
     * Logs the warning when the checks are off ({@code insecure}); returns {@code insecure}.
     *
     * @param insecure whether the client turns certificate and host name checks off
     * @param transport the transport being built, for the message ({@code java.net.http}, {@code Vert.x})
     * @return {@code insecure}, so the call can sit inside the transport's set-up
     */
    public static boolean warnIfEnabled(boolean insecure, String transport) {
        if (!insecure) {
            return false;
        }
        LOG.log(System.Logger.Level.WARNING, "TLS certificate and host name verification are OFF for a {0} client"
                + " (ClientConfig.insecureTrustAllCertificates): anyone on the network path can impersonate"
                + " the service and read its requests, credentials included. Use it only with a local test server;"
                + " caBundle trusts a self-signed certificate without turning the checks off.", transport);
        return true;
    }
}
