package io.boto4j.examples.vertx;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.examples.testing.LocalS3;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verticle deployed with several instances against an S3 on 127.0.0.1. */
class ObjectListingVerticleTest {
    @TempDir
    Path home;

    private final LocalS3 s3 = LocalS3.start();
    private final Vertx vertx = Vertx.vertx();
    private final List<ObjectListingVerticle> instances = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        vertx.close().await(30, TimeUnit.SECONDS);
        s3.close();
    }

    private ClientConfig s3Config() {
        return ClientConfig.builder()
                .environment(ConfigEnvironment.of(Map.of(), home))
                .region("eu-west-1")
                .endpointUrl(s3.endpoint())
                .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "secret")))
                .build();
    }

    /** Deploys {@code count} instances on {@code on}, remembering them. */
    private String deploy(Vertx on, int count) throws Exception {
        ClientConfig s3Config = s3Config();
        Supplier<ObjectListingVerticle> verticle = () -> {
            ObjectListingVerticle instance = new ObjectListingVerticle(s3Config);
            instances.add(instance);
            return instance;
        };
        return on.deployVerticle(verticle, new DeploymentOptions().setInstances(count))
                .await(60, TimeUnit.SECONDS);
    }

    private static Future<Message<JsonObject>> list(Vertx on, String bucket, String prefix) {
        return on.eventBus().request(ObjectListingVerticle.ADDRESS, new JsonObject().put("bucket", bucket).put("prefix", prefix));
    }

    @Test
    void instancesShareOneClientThatTheLastToStopCloses() throws Exception {
        s3.put("photos", "2025/c.jpg", "c".getBytes(StandardCharsets.UTF_8));
        s3.put("photos", "2026/a.jpg", "a".getBytes(StandardCharsets.UTF_8));
        s3.put("photos", "2026/b.jpg", "b".getBytes(StandardCharsets.UTF_8));
        String deployment = deploy(vertx, 4);

        assertEquals(4, instances.size());
        assertEquals(4, SharedClients.users(vertx, ObjectListingVerticle.CLIENT));
        AsyncClient shared = instances.get(0).client();
        for (ObjectListingVerticle instance : instances) {
            assertSame(shared, instance.client(), "one client for the Vert.x instance");
            assertTrue(instance.consumesOnItsOwnContext(), "each instance goes on on its own event loop");
        }

        List<Future<Message<JsonObject>>> replies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replies.add(list(vertx, "photos", "2026/"));
        }
        Future.all(replies).await(60, TimeUnit.SECONDS);
        for (Future<Message<JsonObject>> reply : replies) {
            assertEquals(new JsonArray().add("2026/a.jpg").add("2026/b.jpg"), reply.result().body().getJsonArray("keys"));
        }
        assertEquals(8, s3.requests().size());

        vertx.undeploy(deployment).await(60, TimeUnit.SECONDS);
        assertEquals(0, SharedClients.users(vertx, ObjectListingVerticle.CLIENT));
        // Closed with the last instance: its connection pool is gone, so calls fail.
        Throwable afterClose = shared.call("ListObjectsV2", Map.of("Bucket", "photos"))
                .transform(Future::succeededFuture).await(60, TimeUnit.SECONDS).cause();
        assertTrue(afterClose != null, "a call on the closed client must fail");
    }

    @Test
    void aMissingBucketIsA404Reply() throws Exception {
        deploy(vertx, 2);
        Throwable failure = list(vertx, "nowhere", "").transform(Future::succeededFuture)
                .await(60, TimeUnit.SECONDS).cause();
        assertEquals(404, assertInstanceOf(ReplyException.class, failure).failureCode());
    }

    @Test
    void eachVertxInstanceHasItsOwnClient() throws Exception {
        Vertx other = Vertx.vertx();
        try {
            deploy(vertx, 2);
            deploy(other, 2);
            assertSame(instances.get(0).client(), instances.get(1).client());
            assertSame(instances.get(2).client(), instances.get(3).client());
            assertNotSame(instances.get(0).client(), instances.get(2).client());
        } finally {
            other.close().await(30, TimeUnit.SECONDS);
        }
        assertEquals(0, SharedClients.users(other, ObjectListingVerticle.CLIENT));
        assertEquals(2, SharedClients.users(vertx, ObjectListingVerticle.CLIENT));
    }
}
