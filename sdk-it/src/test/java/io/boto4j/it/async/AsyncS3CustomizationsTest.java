package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.it.S3CustomizationScenarios;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.Map;

/** The S3 plugin's customizations through the Vert.x layer against s3proxy; the test thread waits for each future. */
class AsyncS3CustomizationsTest extends S3CustomizationScenarios {
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    @Override
    protected String layer() {
        return "async";
    }

    @Override
    protected ClientConfig.Builder config(URI endpoint, Credentials credentials, String region) {
        return AsyncClients.config(endpoint, credentials, region);
    }

    @Override
    protected S3 open(ClientConfig config) {
        AsyncClient client = AsyncClients.create(vertx, "s3", config);
        return new S3() {
            @Override
            public Map<String, Object> call(String operation, Map<String, ?> params) {
                return client.call(operation, params).await();
            }

            @Override
            public <R> R call(CustomMethod<R> method, Map<String, ?> arguments) {
                return client.call(method, arguments).await();
            }

            @Override
            public byte[] read(String bucket, String key) {
                Map<String, Object> got = client.call("GetObject", Map.of("Bucket", bucket, "Key", key)).await();
                return AsyncClient.body(got).readAll().await().getBytes();
            }

            @Override
            public void close() {
                client.close().await();
            }
        };
    }
}
