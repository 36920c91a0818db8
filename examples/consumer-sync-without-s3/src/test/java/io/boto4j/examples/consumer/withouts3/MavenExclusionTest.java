package io.boto4j.examples.consumer.withouts3;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pom's {@code <exclusion>} of {@code sdk-s3}: the plugin is gone, the models stay. */
class MavenExclusionTest {
    @TempDir
    Path home;

    @Test
    void theExcludedPluginIsNotOnTheModulePath() {
        assertTrue(ModuleLayer.boot().findModule("io.boto4j.models").isPresent());
        assertFalse(ModuleLayer.boot().findModule("io.boto4j.s3").isPresent());
    }

    @Test
    void s3ClientsAreBuiltFromTheModelAloneWithoutThePluginsCustomizations() {
        ClientConfig config = ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), home))
                .region("us-east-1")
                .endpointUrl("http://127.0.0.1:9000")
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "secret")))
                .build();
        try (SyncClient s3 = SyncClient.create("s3", config)) {
            URI url = s3.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
                    "Operation", "GetObject", "Params", Map.of("Bucket", "photos", "Key", "cat.jpg")));
            // The plugin's hook would have kept the bucket once: without it the model's path and the
            // endpoint rules' path-style prefix both stay. Exclude sdk-s3 only when no client calls S3.
            assertEquals("/photos/photos/cat.jpg", url.getRawPath());
        }
    }
}
