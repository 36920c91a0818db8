package io.boto4j.it.servers;

import java.net.URI;
import java.util.List;

/**
 * s3proxy 4.0.0 with virtual-hosted buckets ({@code s3proxy.virtual-host=localhost}): a request
 * for {@code bucket.localhost:PORT} addresses the bucket by host name, and path-style requests
 * go to {@code localhost:PORT}. So {@link #endpoint()} is {@code http://localhost:PORT}, not the
 * {@code 127.0.0.1} of the other servers (it still listens on 127.0.0.1 only).
 *
 * <p>{@code *.localhost} does not resolve on every machine (nor in the JDK's resolver). A client
 * reaches the bucket hosts through {@link #proxy()}: s3proxy itself, which serves an HTTP
 * proxy's absolute-form requests ({@code GET http://bucket.localhost:PORT/key}) by their
 * {@code Host}; nothing is resolved on the client's side then, and the client signs and sends
 * the virtual-hosted request exactly as it would to S3.
 */
public final class VirtualHostedS3ProxyServer extends ProcessServer {
    private final URI proxy;

    private VirtualHostedS3ProxyServer(ServerProcess process, URI endpoint, URI proxy) {
        super("s3proxy (virtual hosts)", process, endpoint, FakeCredentials.CREDENTIALS);
        this.proxy = proxy;
    }

    /** Starts it from the jar the build copied. */
    public static VirtualHostedS3ProxyServer start() {
        java.nio.file.Path jar = Locations.s3proxyJar();
        S3ProxyServer.requireJar(jar);
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://localhost:" + port);
            ServerProcess process = S3ProxyServer.launch(jar, port, List.of("s3proxy.virtual-host=localhost"), endpoint);
            return new VirtualHostedS3ProxyServer(process, endpoint, URI.create("http://127.0.0.1:" + port));
        });
    }

    /** The HTTP proxy to send virtual-hosted requests through: the server itself. */
    public URI proxy() {
        return proxy;
    }
}
