package io.boto4j.sync.bench;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.sync.RawHttpServer;
import io.boto4j.sync.SyncClient;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A quick in-process loopback run of the blocking layer, not part of the build's tests: N
 * threads call S3 GetObject (1 KiB, read to the end) in a closed loop against a local server,
 * and it prints calls per second and the whole process's CPU per call (server included). For
 * before/after checks of the transport while developing; sdk-bench is the real measurement.
 *
 * <pre>
 * java -cp "sdk-sync/target/test-classes:sdk-sync/target/classes:$(cat cp.txt)" \
 *     io.boto4j.sync.bench.LoopbackBench [threads=64] [seconds=20] [virtual] [serverDelayMs=0]
 * </pre>
 *
 * With {@code virtual} (JDK 21+) each caller is a virtual thread; with a server delay, thousands
 * of virtual callers prove that a blocking call unmounts while it waits: with 2 carriers the
 * calls per second follow {@code threads / delay}, not {@code 2 / delay}.
 */
public final class LoopbackBench {
    private LoopbackBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean virtual = args.length > 2 && args[2].equals("virtual");
        int delayMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        byte[] object = new byte[1024];
        Path home = Files.createTempDirectory("loopback-bench");
        try (RawHttpServer server = new RawHttpServer()) {
            server.always((req, out) -> {
                if (delayMs > 0) {
                    try {
                        Thread.sleep(delayMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return RawHttpServer.respond(out, 200, Map.of("ETag", "\"e\"", "Content-Type",
                        "application/octet-stream"), object);
            });
            ClientConfig config = ClientConfig.builder().region("us-east-1").endpointUrl(server.uri())
                    .credentialsProvider(StaticCredentialsProvider.of(Credentials.of("AKIDEXAMPLE", "SECRET")))
                    .environment(ConfigEnvironment.of(Map.of(), home)).retryMode("standard")
                    .clientContextParam("ForcePathStyle", true).maxConnections(Math.max(10, threads))
                    .attemptTimeout(Duration.ofSeconds(30)).build();
            try (SyncClient s3 = SyncClient.create("s3", config)) {
                Map<String, Object> params = Map.of("Bucket", "bench", "Key", "object");
                AtomicBoolean measuring = new AtomicBoolean();
                AtomicBoolean stop = new AtomicBoolean();
                AtomicLong calls = new AtomicLong();
                ThreadFactory factory = virtual ? virtualThreads() : Thread::new;
                List<Thread> callers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Thread t = factory.newThread(() -> {
                        while (!stop.get()) {
                            try (InputStream body = (InputStream) s3.call("GetObject", params).get("Body")) {
                                body.readAllBytes();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            if (measuring.get()) {
                                calls.incrementAndGet();
                            }
                        }
                    });
                    callers.add(t);
                    t.start();
                }
                Thread.sleep(Math.max(2000, seconds * 1000L / 2)); // warm-up
                Duration cpuStart = cpu();
                long start = System.nanoTime();
                measuring.set(true);
                Thread.sleep(seconds * 1000L);
                measuring.set(false);
                long elapsed = System.nanoTime() - start;
                Duration cpu = cpu().minus(cpuStart);
                stop.set(true);
                for (Thread t : callers) {
                    t.join(30_000);
                }
                long n = calls.get();
                System.out.printf("threads %d (%s), server delay %d ms: %.0f calls/s, process CPU %.1f us/call%n",
                        threads, virtual ? "virtual" : "platform", delayMs, n / (elapsed / 1e9),
                        cpu.toNanos() / 1000.0 / Math.max(1, n));
            }
        }
    }

    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** {@code Thread.ofVirtual().factory()}, looked up so that this compiles for Java 17. */
    private static ThreadFactory virtualThreads() throws ReflectiveOperationException {
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Method factory = Class.forName("java.lang.Thread$Builder").getMethod("factory");
        return (ThreadFactory) factory.invoke(builder);
    }
}
