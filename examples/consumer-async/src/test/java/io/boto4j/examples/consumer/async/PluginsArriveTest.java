package io.boto4j.examples.consumer.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run twice by the build: on the module path (surefire's default) and on the class path (the
 * {@code class-path} execution). Either way a consumer of {@code sdk-async} alone gets every
 * bundled model and the S3 plugin, and may leave the plugin out.
 */
class PluginsArriveTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9000");
    /** Which path this execution is for, as the pom says; checked against where the classes are. */
    private static final boolean MODULE_PATH = !"class".equals(System.getProperty("boto4j.examples.path"));

    @TempDir
    Path home;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().await(30, TimeUnit.SECONDS);
    }

    private AsyncClient s3(boolean withPlugin) throws Exception {
        var config = WhatArrived.s3Config(ENDPOINT, ConfigEnvironment.of(Map.of(), home));
        if (!withPlugin) {
            config.excludePlugin(WhatArrived.S3_PLUGIN);
        }
        return AsyncClient.create(vertx, "s3", config.build()).await(60, TimeUnit.SECONDS);
    }

    @Test
    void theTestsRunOnThePathTheirExecutionIsFor() {
        assertEquals(MODULE_PATH, getClass().getModule().isNamed(), "module path expected: " + MODULE_PATH);
    }

    @Test
    void theBundledModelsArrive() {
        assertTrue(ModelLoader.defaultLoader().knownServices().containsAll(List.of("s3", "dynamodb", "sqs", "sts")));
        assertTrue(ModelLoader.defaultLoader().knownServices().size() > 400);
    }

    @Test
    void theS3PluginArrivesAndRuns() throws Exception {
        AsyncClient s3 = s3(true);
        assertTrue(s3.methods().contains("GeneratePresignedUrl"), "methods: " + s3.methods());
        // The plugin's hook at work: path-style, the bucket once.
        assertEquals("/photos/2026/cat.jpg",
                WhatArrived.presignedGetPath(s3, "photos", "2026/cat.jpg").await(30, TimeUnit.SECONDS));
        s3.close().await(30, TimeUnit.SECONDS);
    }

    /**
     * sdk-services, named by nobody here: Glacier's plugin fills in the account id {@code -}
     * (presigned, so no I/O) and RDS clients have botocore's {@code generate_db_auth_token}.
     */
    @Test
    void theServicePluginsArriveAndRun() throws Exception {
        var config = WhatArrived.s3Config(ENDPOINT, ConfigEnvironment.of(Map.of(), home)).build();
        AsyncClient glacier = AsyncClient.create(vertx, "glacier", config).await(60, TimeUnit.SECONDS);
        AsyncClient rds = AsyncClient.create(vertx, "rds", config).await(60, TimeUnit.SECONDS);
        URI url = glacier.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of("Operation", "ListVaults", "Params", Map.of()))
                .await(30, TimeUnit.SECONDS);
        assertEquals("/-/vaults", url.getRawPath());
        assertTrue(rds.methods().contains("GenerateDbAuthToken"), "methods: " + rds.methods());
        glacier.close().await(30, TimeUnit.SECONDS);
        rds.close().await(30, TimeUnit.SECONDS);
    }

    @Test
    void aClientCanLeaveThePluginOut() throws Exception {
        AsyncClient s3 = s3(false);
        assertEquals("/photos/photos/2026/cat.jpg",
                WhatArrived.presignedGetPath(s3, "photos", "2026/cat.jpg").await(30, TimeUnit.SECONDS));
        s3.close().await(30, TimeUnit.SECONDS);
    }

    @Test
    void thePluginAndTheModelsComeFromWhereThePathSays() {
        List<String> boto4j = ModuleLayer.boot().modules().stream().map(Module::getName)
                .filter(name -> name.startsWith("io.boto4j.")).toList();
        if (MODULE_PATH) {
            assertTrue(boto4j.containsAll(List.of("io.boto4j.models", "io.boto4j.s3", "io.boto4j.services")), "boot layer: " + boto4j);
            assertTrue(getClass().getModule().getDescriptor().requires().stream()
                    .noneMatch(r -> r.name().equals("io.boto4j.models") || r.name().equals("io.boto4j.s3")
                            || r.name().equals("io.boto4j.services")));
        } else {
            // Everything in the unnamed module: the plugin and the models came through META-INF/services.
            assertEquals(List.of(), boto4j);
        }
    }
}
