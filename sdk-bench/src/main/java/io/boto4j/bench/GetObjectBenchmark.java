package io.boto4j.bench;

import io.boto4j.async.AsyncClient;
import io.boto4j.bench.clients.BenchSettings;
import io.boto4j.bench.clients.Boto4jClients;
import io.boto4j.bench.clients.SdkV2Clients;
import io.boto4j.bench.server.FixedObjectServer;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Context;
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
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One small S3 GetObject (1 KiB) against a local server, body read to the end, one call at a
 * time: the client's overhead per call. A bare {@code java.net.http} GET of the same URL is the
 * floor (the server's share and the JDK client's), since boto4j's blocking layer sits on it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GetObjectBenchmark {

    /** The server every contender calls, one per trial. */
    @State(Scope.Benchmark)
    public static class Server {
        FixedObjectServer server;

        @Setup(Level.Trial)
        public void start() {
            server = FixedObjectServer.start(BenchSettings.objectBytes());
        }

        @Setup(Level.Iteration)
        public void countAfresh() {
            server.resetAllocationCount();
        }

        @TearDown(Level.Trial)
        public void stop() {
            // In the same JVM, the server's allocations count in gc.alloc.rate.norm for everyone.
            System.out.println("server-side allocation (last iteration): " + server.allocatedBytesPerRequest()
                    + " B/request");
            server.close();
        }
    }

    @State(Scope.Benchmark)
    public static class JdkBaseline {
        HttpClient client;
        HttpRequest request;

        @Setup(Level.Trial)
        public void setUp(Server s) throws Exception {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            request = HttpRequest.newBuilder(s.server.uri().resolve("/" + BenchSettings.BUCKET + "/"
                    + BenchSettings.KEY)).GET().build();
            check(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length);
        }
    }

    @State(Scope.Benchmark)
    public static class Boto4jSync {
        SyncClient client;

        @Setup(Level.Trial)
        public void setUp(Server s) throws IOException {
            client = Boto4jClients.syncS3(s.server.uri());
            check(boto4jGet(client).length);
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Boto4jAsync {
        Vertx vertx;
        AsyncClient client;
        /** Calls start on one event-loop context, as from a verticle. */
        Context context;

        @Setup(Level.Trial)
        public void setUp(Server s) {
            vertx = Vertx.vertx();
            client = Boto4jClients.asyncS3(vertx, s.server.uri());
            context = vertx.getOrCreateContext();
            check(vertxGet(this).length);
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close().toCompletionStage().toCompletableFuture().join();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @State(Scope.Benchmark)
    public static class SdkV2Sync {
        S3Client client;

        @Setup(Level.Trial)
        public void setUp(Server s) {
            client = SdkV2Clients.syncS3(s.server.uri());
            check(client.getObjectAsBytes(getRequest()).asByteArrayUnsafe().length);
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    @State(Scope.Benchmark)
    public static class SdkV2Async {
        S3AsyncClient client;

        @Setup(Level.Trial)
        public void setUp(Server s) {
            client = SdkV2Clients.asyncS3(s.server.uri());
            check(client.getObject(getRequest(), AsyncResponseTransformer.toBytes()).join().asByteArrayUnsafe().length);
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
        }
    }

    @Benchmark
    public byte[] baselineJdkHttpClient(JdkBaseline s) throws IOException, InterruptedException {
        return s.client.send(s.request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    @Benchmark
    public byte[] boto4jSync(Boto4jSync s) throws IOException {
        return boto4jGet(s.client);
    }

    /**
     * {@link #boto4jSync} with the common pool at 2 threads. On a machine with 2 CPUs or fewer the
     * common pool has 1 thread, and then {@code CompletableFuture}'s default executor starts a new
     * thread per task: the JDK's {@code HttpClient.sendAsync}, under the blocking layer, hands
     * every response to it, so each call starts a thread. This shows the layer without that.
     */
    @Benchmark
    @Fork(jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
    public byte[] boto4jSyncCommonPool2(Boto4jSync s) throws IOException {
        return boto4jGet(s.client);
    }

    @Benchmark
    public byte[] boto4jAsync(Boto4jAsync s) {
        return vertxGet(s);
    }

    @Benchmark
    public byte[] sdkV2Sync(SdkV2Sync s) {
        return s.client.getObjectAsBytes(getRequest()).asByteArrayUnsafe();
    }

    @Benchmark
    public byte[] sdkV2Async(SdkV2Async s) {
        return s.client.getObject(getRequest(), AsyncResponseTransformer.toBytes()).join().asByteArrayUnsafe();
    }

    // ---------------------------------------------------------------- one call per contender

    static Map<String, Object> getParams() {
        return Map.of("Bucket", BenchSettings.BUCKET, "Key", BenchSettings.KEY);
    }

    static GetObjectRequest getRequest() {
        return GetObjectRequest.builder().bucket(BenchSettings.BUCKET).key(BenchSettings.KEY).build();
    }

    static byte[] boto4jGet(SyncClient client) throws IOException {
        try (InputStream body = (InputStream) client.call("GetObject", getParams()).get("Body")) {
            return body.readAllBytes();
        }
    }

    static byte[] vertxGet(Boto4jAsync s) {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        s.context.runOnContext(v -> s.client.call("GetObject", getParams())
                .compose(output -> AsyncClient.body(output).readAll())
                .onComplete(buffer -> done.complete(buffer.getBytes()), done::completeExceptionally));
        return done.join();
    }

    static void check(int length) {
        if (length != BenchSettings.OBJECT_SIZE) {
            throw new IllegalStateException("expected " + BenchSettings.OBJECT_SIZE + " bytes, got " + length);
        }
    }
}
