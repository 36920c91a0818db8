package io.boto4j.examples.vertx;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.ServiceException;
import io.boto4j.core.client.ClientConfig;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers requests on the event bus address {@link #ADDRESS} (a {@code {"bucket": ..., "prefix":
 * ...}} object) with the keys of the bucket's objects, from S3. Deploy it with as many instances as
 * you like: they share one client per Vert.x instance ({@link SharedClients}), and the event bus
 * spreads the requests over them.
 */
public final class ObjectListingVerticle extends VerticleBase {
    /** Where requests are sent. */
    public static final String ADDRESS = "examples.s3.list-objects";
    /** The name of the shared S3 client. */
    static final String CLIENT = "s3";

    private final ClientConfig s3Config;
    private AsyncClient s3;
    private Context consumerContext;

    /** A verticle instance that calls S3 with {@code s3Config}. */
    public ObjectListingVerticle(ClientConfig s3Config) {
        this.s3Config = Objects.requireNonNull(s3Config, "s3Config");
    }

    @Override
    public Future<?> start() {
        return SharedClients.acquire(vertx, CLIENT, v -> AsyncClient.create(v, "s3", s3Config))
                .compose(client -> {
                    s3 = client;
                    consumerContext = Vertx.currentContext();
                    return vertx.eventBus().<JsonObject>consumer(ADDRESS, this::list).completion()
                            // start() failed after acquiring: Vert.x will not call stop(), so give it back here.
                            .recover(failure -> SharedClients.release(vertx, CLIENT).transform(x -> Future.failedFuture(failure)));
                });
    }

    @Override
    public Future<?> stop() {
        // The consumer is unregistered by Vert.x on undeploy; the last instance to stop closes the client.
        return SharedClients.release(vertx, CLIENT);
    }

    /** The client this instance uses (the same for every instance of one Vert.x instance). */
    AsyncClient client() {
        return s3;
    }

    /** Whether this instance's consumer was registered on its own context (its event loop). */
    boolean consumesOnItsOwnContext() {
        return consumerContext == context;
    }

    private void list(Message<JsonObject> request) {
        String bucket = request.body().getString("bucket");
        String prefix = request.body().getString("prefix", "");
        s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", prefix))
                .onSuccess(output -> {
                    JsonArray keys = new JsonArray();
                    for (Object entry : (List<?>) output.getOrDefault("Contents", List.of())) {
                        keys.add(((Map<?, ?>) entry).get("Key"));
                    }
                    request.reply(new JsonObject().put("bucket", bucket).put("keys", keys));
                })
                .onFailure(failure -> {
                    int code = failure instanceof ServiceException e && e.statusCode() == 404 ? 404 : 500;
                    request.fail(code, failure.getMessage());
                });
    }
}
