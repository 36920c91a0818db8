package io.boto4j.it.transfers;

import io.boto4j.async.AsyncBody;
import io.boto4j.async.AsyncClient;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.it.async.AsyncClients;
import io.boto4j.it.sync.SyncClients;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;
import io.vertx.core.file.OpenOptions;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One of the two layers as the transfer tests drive it: the same custom methods, called the
 * layer's way (the blocking client returns the result, the Vert.x client's future is awaited),
 * with the layer's own stream type for UploadStream.
 */
abstract class S3Layer implements AutoCloseable {

    /** The two layers, for parameterized tests. */
    enum Kind {
        BLOCKING, VERTX;

        S3Layer open(URI endpoint, Credentials credentials) {
            return this == BLOCKING ? new Blocking(endpoint, credentials) : new OnVertx(endpoint, credentials);
        }
    }

    abstract String name();

    /** Runs a custom method to its end; a failure is thrown as the layer reports it. */
    abstract <R> R call(CustomMethod<R> method, Map<String, ?> args);

    /** Calls an operation. */
    abstract Map<String, Object> call(String operation, Map<String, ?> params);

    /** The file as this layer's stream, its length not told: an InputStream, a Vert.x ReadStream. */
    abstract Object streamOf(Path file) throws IOException;

    @Override
    public abstract void close();

    private static final class Blocking extends S3Layer {
        private final SyncClient s3;

        Blocking(URI endpoint, Credentials credentials) {
            s3 = SyncClients.s3(SyncClients.config(endpoint, credentials, "us-east-1"));
        }

        @Override
        String name() {
            return "blocking";
        }

        @Override
        <R> R call(CustomMethod<R> method, Map<String, ?> args) {
            return s3.call(method, args);
        }

        @Override
        Map<String, Object> call(String operation, Map<String, ?> params) {
            return s3.call(operation, params);
        }

        @Override
        Object streamOf(Path file) throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public void close() {
            s3.close();
        }
    }

    private static final class OnVertx extends S3Layer {
        private final Vertx vertx = Vertx.vertx();
        private final AsyncClient s3;

        OnVertx(URI endpoint, Credentials credentials) {
            s3 = AsyncClients.create(vertx, "s3", AsyncClients.s3(endpoint, credentials, "us-east-1").build());
        }

        @Override
        String name() {
            return "Vert.x";
        }

        @Override
        <R> R call(CustomMethod<R> method, Map<String, ?> args) {
            return s3.call(method, args).await();
        }

        @Override
        Map<String, Object> call(String operation, Map<String, ?> params) {
            return s3.call(operation, params).await();
        }

        @Override
        Object streamOf(Path file) {
            return AsyncBody.of(vertx.fileSystem().open(file.toString(), new OpenOptions().setRead(true)).await(), -1);
        }

        @Override
        public void close() {
            s3.close().await();
            vertx.close().await();
        }
    }
}
