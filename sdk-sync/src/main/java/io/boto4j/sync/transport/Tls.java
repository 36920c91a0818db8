package io.boto4j.sync.transport;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.transport.InsecureTls;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS for the blocking transport: the JDK's trust (or a CA bundle's), the server's certificate
 * checked against the host name (RFC 2818, as browsers and botocore do), SNI sent. Only
 * {@code insecureTrustAllCertificates} turns both checks off, with a warning when the client is built.
 */
final class Tls {
    private final Path caBundle;
    private final boolean trustEverything;
    private volatile SSLSocketFactory factory;

    /**
     * @param caBundle        the PEM file of trusted CAs, or null for the JDK's default trust
     * @param trustEverything no certificate or host name checks (a local test server only)
     */
    Tls(Path caBundle, boolean trustEverything) {
        this.caBundle = caBundle;
        this.trustEverything = InsecureTls.warnIfEnabled(trustEverything, "blocking");
    }

    /** Checks a CA bundle early, at client build, rather than at the first https call. */
    void checkBundle() {
        if (caBundle != null && !trustEverything) {
            factory();
        }
    }

    /** Layers TLS over a connected socket and completes the handshake within {@code timeoutMillis}. */
    SSLSocket handshake(Socket plain, String host, int port, int timeoutMillis) throws IOException {
        SSLSocket socket = (SSLSocket) factory().createSocket(plain, host, port, true);
        SSLParameters params = socket.getSSLParameters();
        params.setEndpointIdentificationAlgorithm(trustEverything ? null : "HTTPS");
        if (!isIpLiteral(host)) {
            params.setServerNames(List.of(new SNIHostName(host)));
        }
        params.setApplicationProtocols(new String[] {"http/1.1"});
        socket.setSSLParameters(params);
        socket.setSoTimeout(Math.max(1, timeoutMillis));
        socket.startHandshake();
        return socket;
    }

    private SSLSocketFactory factory() {
        SSLSocketFactory f = factory;
        if (f == null) {
            SSLContext context;
            try {
                context = trustEverything ? TrustBundle.trustingEverything()
                        : caBundle != null ? TrustBundle.sslContext(caBundle) : SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new SdkClientException("TLS is not available in this JVM: " + e.getMessage(), e);
            }
            f = context.getSocketFactory();
            factory = f;
        }
        return f;
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }
}
