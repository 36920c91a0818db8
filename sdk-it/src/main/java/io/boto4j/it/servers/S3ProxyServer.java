package io.boto4j.it.servers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        requireJar(jar);
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            return new S3ProxyServer(launch(jar, port, List.of(), endpoint), endpoint);
        });
    }

    static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new ServerStartException("s3proxy jar not found at " + jar + " (system property "
                    + Locations.S3PROXY_JAR + "); run `mvn -pl sdk-it process-test-resources` to fetch it");
        }
    }

    /**
     * An s3proxy process listening on 127.0.0.1:{@code port}, checking signatures against
     * {@link FakeCredentials}, with {@code extraProperties} ({@code key=value} lines) added to its
     * configuration; ready once {@code endpoint} answers.
     */
    static ServerProcess launch(Path jar, int port, List<String> extraProperties, URI endpoint) {
        return ServerProcess.start("s3proxy", dir -> {
            Path conf = dir.resolve("s3proxy.conf");
            List<String> lines = new ArrayList<>(List.of(
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + FakeCredentials.ACCESS_KEY_ID,
                    "s3proxy.credential=" + FakeCredentials.SECRET_ACCESS_KEY,
                    "jclouds.provider=transient",
                    "jclouds.identity=unused",
                    "jclouds.credential=unused"));
            lines.addAll(extraProperties);
            lines.add("");
            Files.writeString(conf, String.join("\n", lines));
            // The in-memory store keeps objects on s3proxy's heap, and completing a multipart
            // upload holds its parts and the object they make: the 100 MiB transfers need
            // about three times that at once (256 MiB runs out on the second one).
            return Java.forData("1g", "-jar", jar.toString(), "--properties", conf.toString());
        }, Map.of(), endpoint.resolve("/"), START_TIMEOUT);
    }
}
