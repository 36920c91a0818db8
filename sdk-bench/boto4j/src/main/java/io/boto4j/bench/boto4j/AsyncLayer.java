package io.boto4j.bench.boto4j;

import io.boto4j.async.AsyncClient;
import io.boto4j.bench.harness.AsyncTarget;
import io.boto4j.bench.harness.Calls;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.net.URI;
import java.util.function.Consumer;

/** boto4j's Vert.x layer: {@code AsyncClient.call("GetObject")}, body read with {@code readAll()}, calls started on one event-loop context as from a verticle. */
final class AsyncLayer implements AsyncTarget, AutoCloseable {
    private final Vertx vertx;
    private final AsyncClient client;
    private final Context context;

    AsyncLayer(URI server, int connections) {
        vertx = Vertx.vertx();
        client = AsyncClient.createBlocking(vertx, "s3", Settings.config(server, connections));
        context = vertx.getOrCreateContext();
    }

    @Override
    public void execute(Runnable task) {
        context.runOnContext(v -> task.run());
    }

    @Override
    public void send(Consumer<Throwable> done) {
        client.call("GetObject", Settings.getObject())
                .compose(output -> AsyncClient.body(output).readAll())
                .onComplete(body -> Calls.report(body.length(), done), done::accept);
    }

    @Override
    public void close() {
        client.close().await();
        vertx.close().await();
    }
}
