package io.boto4j.it.sync;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.it.servers.TestServer;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Blocking-layer clients for the end-to-end tests: explicit credentials and an empty
 * environment with an empty home directory, so no test ever reads the machine's ~/.aws.
 */
public final class SyncClients {
    private static final Path EMPTY_HOME = emptyHome();

    private SyncClients() {
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

    public static ClientConfig.Builder config(URI endpoint, Credentials credentials, String region) {
        return ClientConfig.builder()
                .region(region)
                .endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(credentials))
                .environment(ConfigEnvironment.of(Map.of(), EMPTY_HOME))
                .retryMode("standard")
                .maxAttempts(3);
    }

    public static ClientConfig.Builder config(TestServer server) {
        return config(server.endpoint(), server.credentials(), server.region());
    }

    public static SyncClient client(String service, TestServer server) {
        return SyncClient.create(service, config(server).build());
    }

    /** S3 with path-style addressing (the servers have no per-bucket host names). */
    public static SyncClient s3(ClientConfig.Builder config) {
        return SyncClient.create("s3", config.clientContextParam("ForcePathStyle", true).build());
    }
}
