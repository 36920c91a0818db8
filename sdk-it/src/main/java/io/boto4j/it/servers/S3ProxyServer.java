package io.boto4j.it.servers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * s3proxy 4.0.0 with an in-memory store, run from its jar-with-dependencies (copied to
 * {@code target/servers} by the build), with a 1 GiB heap for the objects it holds. It checks SigV2 and SigV4, including presigned URLs and
 * chunk signatures, against {@link FakeCredentials}.
 */
public final class S3ProxyServer extends ProcessServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);


    private S3ProxyServer(ServerProcess process, URI endpoint) {
        super("s3proxy", process, endpoint, FakeCredentials.CREDENTIALS);
    }

    /** Starts s3proxy from the jar the build copied. */
    public static S3ProxyServer start() {
        return start(Locations.s3proxyJar());
    }

    public static S3ProxyServer start(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new ServerStartException("s3proxy jar not found at " + jar + " (system property "
                    + Locations.S3PROXY_JAR + "); run `mvn -pl sdk-it process-test-resources` to fetch it");
        }
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            ServerProcess process = ServerProcess.start("s3proxy", dir -> {
                Path conf = dir.resolve("s3proxy.conf");
                Files.writeString(conf, String.join("\n",
                        "s3proxy.endpoint=" + endpoint,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + FakeCredentials.ACCESS_KEY_ID,
                        "s3proxy.credential=" + FakeCredentials.SECRET_ACCESS_KEY,
                        "jclouds.provider=transient",
                        "jclouds.identity=unused",
                        "jclouds.credential=unused",
                        ""));
                // The in-memory store keeps objects on s3proxy's heap, and completing a multipart
                // upload holds its parts and the object they make: the 100 MiB transfers need
                // about three times that at once (256 MiB runs out on the second one).
                return Java.forData("1g", "-jar", jar.toString(), "--properties", conf.toString());
            }, Map.of(), endpoint.resolve("/"), START_TIMEOUT);
            return new S3ProxyServer(process, endpoint);
        });
    }
}
