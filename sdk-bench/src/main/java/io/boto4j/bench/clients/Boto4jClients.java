package io.boto4j.bench.clients;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.pipeline.Delayer;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** boto4j's contenders: the blocking client, the Vert.x client, and the bare pipeline. */
public final class Boto4jClients {
    /** A home without ~/.aws files: no profile on the machine changes what is measured. */
    private static final Path NO_HOME = Path.of(System.getProperty("java.io.tmpdir"), "boto4j-bench-empty-home");

    private Boto4jClients() {
    }

    /** The configuration of every boto4j client here; {@code endpoint} null means AWS's own endpoints. */
    public static ClientConfig config(URI endpoint) {
        ClientConfig.Builder b = ClientConfig.builder()
                .region(BenchSettings.REGION)
                .credentialsProvider(StaticCredentialsProvider.of(
                        Credentials.of(BenchSettings.ACCESS_KEY, BenchSettings.SECRET_KEY)))
                .environment(ConfigEnvironment.of(Map.of(), NO_HOME))
                .retryMode("standard");
        if (endpoint != null) {
            // A local server has no virtual hosts: path-style addressing, as for s3proxy or MinIO.
            b.endpointUrl(endpoint).clientContextParam("ForcePathStyle", true);
        }
        return b.build();
    }

    public static SyncClient syncS3(URI endpoint) {
        return SyncClient.create("s3", config(endpoint));
    }

    /** Built on the calling thread, which must not be an event loop. */
    public static AsyncClient asyncS3(Vertx vertx, URI endpoint) {
        return AsyncClient.createBlocking(vertx, "s3", config(endpoint));
    }

    /** The layer-free pipeline over {@code transport}, on AWS's endpoints (for dry runs and canned answers). */
    public static ServiceRuntime runtime(String service, HttpTransport transport) {
        return ServiceRuntime.builder()
                .service(service)
                .config(config(null))
                .transport(transport)
                .delayer(Delayer.jdk())
                .build();
    }
}
