package io.boto4j.sync.transport;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a connection goes: the endpoint (scheme, host, port) and the proxy in between, if any.
 * Connections are pooled per route. Through a proxy, plain HTTP requests go to the proxy with
 * an absolute target and HTTPS ones through a {@code CONNECT} tunnel.
 *
 * @param tls                whether the endpoint speaks HTTPS
 * @param host               the endpoint's host (an IPv6 literal keeps its brackets)
 * @param port               the endpoint's port
 * @param proxyHost          the proxy's host, or null for a direct connection
 * @param proxyPort          the proxy's port
 * @param proxyAuthorization the {@code Proxy-Authorization} value for the proxy's user info, or null
 */
record Route(boolean tls, String host, int port, String proxyHost, int proxyPort, String proxyAuthorization) {

    static Route of(URI endpoint, URI proxy) {
        boolean tls = "https".equalsIgnoreCase(endpoint.getScheme());
        if (!tls && !"http".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("endpoint " + endpoint.getScheme() + "://" + endpoint.getHost()
                    + ": only http and https endpoints can be called");
        }
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : tls ? 443 : 80;
        if (proxy == null) {
            return new Route(tls, endpoint.getHost(), port, null, 0, null);
        }
        int proxyPort = proxy.getPort() != -1 ? proxy.getPort() : 80;
        return new Route(tls, endpoint.getHost(), port, proxy.getHost(), proxyPort, basicAuthorization(proxy));
    }

    /** {@code Basic base64(user:password)} from the proxy URI's percent-encoded user info, or null. */
    private static String basicAuthorization(URI proxy) {
        String userInfo = proxy.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    boolean viaProxy() {
        return proxyHost != null;
    }

    /** Plain HTTP through a proxy: requests name their absolute URI and carry the proxy's credentials. */
    boolean forwardsThroughProxy() {
        return proxyHost != null && !tls;
    }

    /** {@code host:port} as a {@code CONNECT} target and in messages. */
    String authority() {
        return host + ":" + port;
    }

    /** The name TLS checks the certificate against, without an IPv6 literal's brackets. */
    String tlsHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    String scheme() {
        return tls ? "https" : "http";
    }

    /** Never shows the proxy's credentials. */
    @Override
    public String toString() {
        return scheme() + "://" + authority() + (proxyHost == null ? "" : " via proxy " + proxyHost + ":" + proxyPort);
    }
}
