package io.boto4j.sync;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Clients for the local test server: explicit credentials and an empty environment, never ~/.aws. */
final class TestClients {
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private TestClients() {
    }

    static ClientConfig.Builder config(URI endpoint, Path home) {
        return ClientConfig.builder()
                .region("us-east-1")
                .endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", SECRET)))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .retryMode("standard")
                .maxAttempts(3);
    }

    static SyncClient dynamodb(RawHttpServer server, Path home) {
        return SyncClient.create("dynamodb", config(server.uri(), home).build());
    }

    static SyncClient s3(RawHttpServer server, Path home) {
        return SyncClient.create("s3", config(server.uri(), home).clientContextParam("ForcePathStyle", true).build());
    }
}
