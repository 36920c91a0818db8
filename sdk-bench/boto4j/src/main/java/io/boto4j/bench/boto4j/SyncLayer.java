package io.boto4j.bench.boto4j;

import io.boto4j.bench.harness.BlockingTarget;
import io.boto4j.bench.harness.Calls;
import io.boto4j.sync.SyncClient;

import java.io.InputStream;
import java.net.URI;

/** boto4j's blocking layer: {@code SyncClient.call("GetObject")}, the body's stream read to the end and closed. */
final class SyncLayer implements BlockingTarget, AutoCloseable {
    private final SyncClient client;

    SyncLayer(URI server, int connections) {
        client = SyncClient.create("s3", Settings.config(server, connections));
    }

    @Override
    public void call() throws Exception {
        try (InputStream body = (InputStream) client.call("GetObject", Settings.getObject()).get("Body")) {
            Calls.checkBody(body.readAllBytes().length);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
