package io.boto4j.bench;

import io.boto4j.async.AsyncClient;
import io.boto4j.bench.clients.BenchSettings;
import io.boto4j.bench.clients.Boto4jClients;
import io.boto4j.bench.clients.SdkV2Clients;
import io.boto4j.bench.server.FixedObjectServer;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.concurrent.TimeUnit;

/**
 * Cold start: in a fresh JVM, the time to build an S3 client and make its first GetObject
 * (body read). Each fork measures one start; the local server is started before the clock runs,
 * and closing the client is not timed. The Vert.x layer's time includes creating the
 * {@code Vertx} instance (a cold application has to), as Netty's includes its event loops.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class ClientStartupBenchmark {
    private FixedObjectServer server;
    private AutoCloseable started;

    @Setup(Level.Trial)
    public void startServer() {
        server = FixedObjectServer.start(BenchSettings.objectBytes());
    }

    @TearDown(Level.Iteration)
    public void closeClient() throws Exception {
        if (started != null) {
            started.close();
            started = null;
        }
    }

    @TearDown(Level.Trial)
    public void stopServer() {
        server.close();
    }

    @Benchmark
    public byte[] boto4jSync() throws Exception {
        SyncClient client = Boto4jClients.syncS3(server.uri());
        started = client;
        return GetObjectBenchmark.boto4jGet(client);
    }

    @Benchmark
    public byte[] boto4jAsync() {
        Vertx vertx = Vertx.vertx();
        AsyncClient client = Boto4jClients.asyncS3(vertx, server.uri());
        started = () -> {
            client.close().toCompletionStage().toCompletableFuture().join();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        };
        return client.call("GetObject", GetObjectBenchmark.getParams())
                .compose(output -> AsyncClient.body(output).readAll())
                .toCompletionStage().toCompletableFuture().join().getBytes();
    }

    @Benchmark
    public byte[] sdkV2Sync() {
        S3Client client = SdkV2Clients.syncS3(server.uri());
        started = client;
        return client.getObjectAsBytes(GetObjectBenchmark.getRequest()).asByteArrayUnsafe();
    }

    @Benchmark
    public byte[] sdkV2Async() {
        S3AsyncClient client = SdkV2Clients.asyncS3(server.uri());
        started = client;
        return client.getObject(GetObjectBenchmark.getRequest(), AsyncResponseTransformer.toBytes()).join()
                .asByteArrayUnsafe();
    }
}
