package io.boto4j.bench.boto4j;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** How every boto4j contender is configured, alike: what the SDK v2 contenders get too. */
final class Settings {
    static final String BUCKET = "bench-bucket";
    static final String KEY = "bench/object.bin";
    /** AWS's documentation example: the server checks no signature. */
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    /** A home without ~/.aws files: nothing on the machine changes what is measured. */
    private static final Path NO_HOME = Path.of(System.getProperty("java.io.tmpdir"), "boto4j-bench-empty-home");

    private Settings() {
    }

    /** us-east-1, static credentials, standard retries, path-style on the local server, a pool of {@code connections}. */
    static ClientConfig config(URI server, int connections) {
        return ClientConfig.builder()
                .region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of(ACCESS_KEY, SECRET_KEY)))
                .environment(ConfigEnvironment.of(Map.of(), NO_HOME))
                .retryMode("standard")
                .endpointUrl(server)
                .clientContextParam("ForcePathStyle", true)
                .maxConnections(connections)
                .build();
    }

    /** The parameters of every GetObject, built per call as a caller would. */
    static Map<String, Object> getObject() {
        return Map.of("Bucket", BUCKET, "Key", KEY);
    }
}
