package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.it.servers.TestServer;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds Vert.x-layer clients for the test servers: explicit credentials and an empty
 * environment with a fresh home directory, so that no test reads the real {@code ~/.aws}.
 */
public final class AsyncClients {
    private static final Path HOME = emptyHome();

    private AsyncClients() {
    }

    public static ClientConfig.Builder config(URI endpoint, Credentials credentials, String region) {
        return ClientConfig.builder()
                .region(region)
                .endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(credentials))
                .environment(ConfigEnvironment.of(Map.of(), HOME));
    }

    public static ClientConfig.Builder config(TestServer server) {
        return config(server.endpoint(), server.credentials(), server.region());
    }

    /** s3proxy serves buckets by path, not by host name. */
    public static ClientConfig.Builder s3(URI endpoint, Credentials credentials, String region) {
        return config(endpoint, credentials, region).clientContextParam("ForcePathStyle", true);
    }

    public static AsyncClient create(Vertx vertx, String service, ClientConfig config) {
        return AsyncClient.create(vertx, service, config).await();
    }

    private static Path emptyHome() {
        try {
            Path home = Files.createTempDirectory("boto4j-it-home");
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
