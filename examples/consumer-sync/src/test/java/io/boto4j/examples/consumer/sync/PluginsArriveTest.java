package io.boto4j.examples.consumer.sync;

import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run twice by the build: on the module path (surefire's default) and on the class path (the
 * {@code class-path} execution). Either way a consumer of {@code sdk-sync} alone gets every
 * bundled model, the S3 plugin and the other service plugins, and may leave the S3 plugin out.
 */
class PluginsArriveTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9000");
    /** Which path this execution is for, as the pom says; checked against where the classes are. */
    private static final boolean MODULE_PATH = !"class".equals(System.getProperty("boto4j.examples.path"));

    @TempDir
    Path home;

    private ConfigEnvironment isolated() {
        return ConfigEnvironment.of(Map.of(), home);
    }

    @Test
    void theTestsRunOnThePathTheirExecutionIsFor() {
        assertEquals(MODULE_PATH, getClass().getModule().isNamed(), "module path expected: " + MODULE_PATH);
    }

    @Test
    void everyBundledModelArrives() {
        ModelSource bundled = WhatArrived.bundledModels().orElseThrow(() -> new AssertionError(
                "no bundled model source among " + ModelLoader.defaultLoader().sources()));
        assertTrue(bundled.services().size() > 400, "bundled services: " + bundled.services().size());
        assertTrue(ModelLoader.defaultLoader().knownServices().containsAll(bundled.services()));
        for (String service : List.of("s3", "dynamodb", "sqs", "sts")) {
            try (SyncClient client = SyncClient.create(service, WhatArrived.localS3(ENDPOINT, isolated()).build())) {
                assertFalse(client.operations().isEmpty(), service);
            }
        }
    }

    @Test
    void theS3PluginArrivesAndRuns() {
        try (SyncClient s3 = SyncClient.create("s3", WhatArrived.localS3(ENDPOINT, isolated()).build())) {
            assertTrue(s3.methods().contains("GeneratePresignedUrl"), "methods: " + s3.methods());
            // The plugin's hook at work: path-style, the bucket once.
            assertEquals("/photos/2026/cat.jpg", WhatArrived.presignedGetPath(s3, "photos", "2026/cat.jpg"));
        }
    }

    /**
     * sdk-services, named by nobody here: Glacier's plugin fills in the account id {@code -}
     * (presigned, so no I/O) and RDS clients have botocore's {@code generate_db_auth_token}.
     */
    @Test
    void theServicePluginsArriveAndRun() {
        try (SyncClient glacier = SyncClient.create("glacier", WhatArrived.localS3(ENDPOINT, isolated()).build());
             SyncClient rds = SyncClient.create("rds", WhatArrived.localS3(ENDPOINT, isolated()).build())) {
            URI url = glacier.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "ListVaults", "Params", Map.of()));
            assertEquals("/-/vaults", url.getRawPath());
            assertTrue(rds.methods().contains("GenerateDbAuthToken"), "methods: " + rds.methods());
        }
    }

    @Test
    void aClientCanLeaveThePluginOut() {
        try (SyncClient s3 = SyncClient.create("s3", WhatArrived.localS3(ENDPOINT, isolated())
                .excludePlugin(WhatArrived.S3_PLUGIN).build())) {
            // Without the plugin the model's path and the endpoint rules' path-style bucket both stay.
            assertEquals("/photos/photos/2026/cat.jpg", WhatArrived.presignedGetPath(s3, "photos", "2026/cat.jpg"));
        }
    }

    @Test
    void thePluginAndTheModelsComeFromWhereThePathSays() {
        if (MODULE_PATH) {
            // Resolved as modules, though this module requires neither.
            assertTrue(WhatArrived.boto4jModules().containsAll(List.of("io.boto4j.models", "io.boto4j.s3", "io.boto4j.services")),
                    "boot layer: " + WhatArrived.boto4jModules());
            List<String> required = getClass().getModule().getDescriptor().requires().stream()
                    .map(ModuleDescriptor.Requires::name).sorted().toList();
            assertEquals(List.of("io.boto4j.sync", "java.base"), required);
        } else {
            // Everything in the unnamed module: the plugin and the models came through META-INF/services.
            assertEquals(List.of(), WhatArrived.boto4jModules());
        }
    }
}
