package io.boto4j.it.faults;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.CallTimeoutException;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.AttemptTimeoutException;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import io.boto4j.it.fault.RecordedRequest;
import io.boto4j.it.servers.FakeCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fault the network and the service produce, injected by a {@link FaultProxy} with a
 * canned answer behind it (no server needed, nothing leaves 127.0.0.1), run through one layer:
 * for each, the retry mode's documented behaviour (attempts, back-off bounds, quota, adaptive
 * slowing), the error type, and the timeouts firing at their bounds (checked with generous
 * margins). {@link SyncFaultSuiteTest} and {@link AsyncFaultSuiteTest} run it on each layer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
abstract class FaultSuite {
    /** SQS (JSON protocol) answers ListQueues with this. */
    static final Map<String, String> SQS_HEADERS = Map.of("Content-Type", "application/x-amz-json-1.0",
            "x-amzn-RequestId", "canned");
    static final String SQS_LIST = "{\"QueueUrls\":[]}";
    private static final Map<String, ?> NO_PARAMS = Map.of();

    private Layer layer;
    private Path home;
    private final List<AutoCloseable> closing = new ArrayList<>();
    /** Attempts of the calls of the current test, counted by a hook (also when nothing reached the proxy). */
    /**
     * Attempts of the clients the running test built. A new counter per test: a call of an earlier
     * test that is still winding down (a retry after its back-off) must not count here.
     */
    AtomicInteger attempts = new AtomicInteger();

    abstract Layer createLayer();

    @BeforeAll
    void startLayer() throws IOException {
        layer = createLayer();
        home = Files.createTempDirectory("boto4j-faults-home");
    }

    @AfterAll
    void stopLayer() throws IOException {
        layer.close();
        Files.deleteIfExists(home);
    }

    @AfterEach
    void closeWhatTheTestOpened() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        closing.clear();
        attempts = new AtomicInteger();
    }

    Layer layer() {
        return layer;
    }

    /** A client's settings: static credentials, no config files, standard retries, 3 attempts, the attempt counter. */
    ClientConfig.Builder config(URI endpoint) {
        AtomicInteger thisTest = attempts;
        Hook counter = new Hook() {
            @Override
            public CompletionStage<Void> afterAttempt(AttemptContext attempt) {
                thisTest.incrementAndGet();
                return CONTINUE;
            }
        };
        return ClientConfig.builder()
                .region("us-east-1")
                .endpointUrl(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of(FakeCredentials.CREDENTIALS))
                .environment(ConfigEnvironment.of(Map.of(), home))
                .retryMode("standard")
                .maxAttempts(3)
                .clientContextParam("ForcePathStyle", true)
                .addHook(counter);
    }

    <T extends AutoCloseable> T closeLater(T resource) {
        closing.add(resource);
        return resource;
    }

    FaultProxy sqsProxy() {
        return closeLater(FaultProxy.cannedUpstream(200, SQS_HEADERS, SQS_LIST));
    }

    Layer.Client sqs(FaultProxy proxy, ClientConfig.Builder config) {
        return closeLater(layer.client("sqs", config.endpointUrl(proxy.endpoint()).build()));
    }

    Layer.Client sqs(FaultProxy proxy) {
        return sqs(proxy, config(proxy.endpoint()));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the causes of " + e, e);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** The gaps between the requests the proxy received, in milliseconds. */
    private static List<Long> gaps(List<RecordedRequest> requests) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add(millis(requests.get(i).receivedAtNanos() - requests.get(i - 1).receivedAtNanos()));
        }
        return gaps;
    }

    // ---------------------------------------------------------------- no connection

    @Test
    void aRefusedConnectionIsRetriedAndSurfacesAsAClientError() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        Layer.Client sqs = closeLater(layer.client("sqs", config(nowhere).build()));
        SdkClientException e = assertThrows(SdkClientException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        causeOf(e, ConnectException.class);
        assertEquals(3, attempts.get(), "a connection error is retried in standard mode");
    }

    @Test
    void aHostThatDoesNotResolveIsRetriedAndNamed() {
        URI unresolvable = URI.create("http://nonexistent.invalid:4566");
        Layer.Client sqs = closeLater(layer.clientWithLocalNamesOnly("sqs", config(unresolvable).build()));
        SdkClientException e = assertThrows(SdkClientException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        causeOf(e, UnknownHostException.class);
        assertTrue(e.toString().contains("nonexistent.invalid") || causeOf(e, UnknownHostException.class).toString()
                .contains("nonexistent.invalid"), e::toString);
        assertEquals(3, attempts.get());
    }

    // ---------------------------------------------------------------- resets

    @Test
    void aResetBeforeTheHeadersIsRetriedThenSucceeds() {
        FaultProxy proxy = sqsProxy();
        proxy.enqueue(Fault.resetBeforeHeaders());
        assertEquals(2, sqs(proxy).call("ListQueues", NO_PARAMS));
    }

    @Test
    void resetsBeforeTheHeadersOnEveryAttemptEndInAClientError() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.resetBeforeHeaders());
        SdkClientException e = assertThrows(SdkClientException.class, () -> sqs(proxy).call("ListQueues", NO_PARAMS));
        causeOf(e, IOException.class);
        assertEquals(3, proxy.requests().size());
    }

    @Test
    void aResetAfterTheHeadersIsRetriedThenSucceeds() {
        FaultProxy proxy = sqsProxy();
        proxy.enqueue(Fault.resetAfterHeaders());
        assertEquals(2, sqs(proxy).call("ListQueues", NO_PARAMS));
    }

    @Test
    void resetsAfterTheHeadersOnEveryAttemptEndInAClientError() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.resetAfterHeaders());
        assertThrows(SdkClientException.class, () -> sqs(proxy).call("ListQueues", NO_PARAMS));
        assertEquals(3, proxy.requests().size());
    }

    // ---------------------------------------------------------------- service errors

    @Test
    void serverErrorsAreRetriedWithinTheBackOffBoundsThenSurface() {
        for (int status : new int[] {500, 502, 503, 504}) {
            FaultProxy proxy = sqsProxy().setDefault(Fault.status(status));
            ServiceException e = assertThrows(ServiceException.class, () -> sqs(proxy).call("ListQueues", NO_PARAMS));
            assertEquals(status, e.statusCode());
            assertEquals(3, e.attempts(), "HTTP " + status);
            List<Long> gaps = gaps(proxy.requests());
            // Standard mode waits rand * min(2^(n-1), 20) s before retry n: at most 1 s, then 2 s.
            assertTrue(gaps.get(0) <= 1000 + 700 && gaps.get(1) <= 2000 + 700, "HTTP " + status + " gaps " + gaps);
        }
        FaultProxy once = sqsProxy();
        once.enqueue(Fault.status(503));
        assertEquals(2, sqs(once).call("ListQueues", NO_PARAMS));
    }

    @Test
    void legacyModeRetriesServerErrorsToo() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.status(503));
        ServiceException e = assertThrows(ServiceException.class, () -> sqs(proxy, config(proxy.endpoint())
                .retryMode("legacy").maxAttempts(3)).call("ListQueues", NO_PARAMS));
        assertEquals(3, e.attempts());
    }

    @Test
    void throttlingAtAHighRateExhaustsTheRetryQuota() throws Exception {
        FaultProxy proxy = sqsProxy().setDefault(Fault.jsonError(400, "ThrottlingException", "Rate exceeded"));
        Layer.Client sqs = sqs(proxy);
        int calls = 120;
        List<Throwable> failures = callsAtOnce(calls, 64, () -> sqs.call("ListQueues", NO_PARAMS));
        int requests = proxy.requests().size();
        // Each retry costs 5 of the client's quota of 500: at most 100 retries, whatever was asked.
        assertTrue(requests > calls && requests <= calls + 100, requests + " requests for " + calls + " calls");
        long single = failures.stream().filter(f -> f instanceof ServiceException s && s.attempts() == 1).count();
        assertTrue(single > 0, "once the quota ran out, calls failed on their first attempt");
        failures.forEach(f -> assertEquals("ThrottlingException", ((ServiceException) f).errorCode()));
    }

    @Test
    void adaptiveModeSlowsDownUnderThrottling() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.jsonError(400, "ThrottlingException", "Rate exceeded"));
        Layer.Client standard = sqs(proxy, config(proxy.endpoint()).maxAttempts(1));
        Layer.Client adaptive = sqs(proxy, config(proxy.endpoint()).retryMode("adaptive").maxAttempts(1));
        long standardTook = timeOf(() -> throttledCalls(standard, 4));
        proxy.reset();
        proxy.setDefault(Fault.jsonError(400, "ThrottlingException", "Rate exceeded"));
        long adaptiveTook = timeOf(() -> throttledCalls(adaptive, 4));
        List<Long> gaps = gaps(proxy.requests());
        // After the first throttle the adaptive client's token bucket holds it to a low rate.
        assertTrue(adaptiveTook >= 1000 && adaptiveTook > standardTook + 500,
                "adaptive " + adaptiveTook + " ms, standard " + standardTook + " ms, gaps " + gaps);
        assertTrue(gaps.stream().anyMatch(g -> g >= 500), "a wait between throttled sends: " + gaps);
    }

    private static void throttledCalls(Layer.Client client, int n) {
        for (int i = 0; i < n; i++) {
            ServiceException e = assertThrows(ServiceException.class, () -> client.call("ListQueues", NO_PARAMS));
            assertEquals("ThrottlingException", e.errorCode());
        }
    }

    private static long timeOf(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return millis(System.nanoTime() - start);
    }

    @Test
    void requestTimeTooSkewedCorrectsTheClockAndRetries() {
        String buckets = "<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Buckets/>"
                + "</ListAllMyBucketsResult>";
        FaultProxy proxy = closeLater(FaultProxy.cannedUpstream(200, Map.of("Content-Type", "application/xml"), buckets));
        Instant serverTime = Instant.now();
        proxy.enqueue(Fault.requestTimeTooSkewed(serverTime));
        Layer.Client s3 = closeLater(layer.client("s3", config(proxy.endpoint())
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-30))).build()));
        assertEquals(2, s3.call("ListBuckets", NO_PARAMS));
        Instant signedAt = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .parse(proxy.requests().get(1).header("X-Amz-Date"), Instant::from);
        assertTrue(Duration.between(serverTime, signedAt).abs().toMinutes() < 2, "signed with the server's clock: " + signedAt);
    }

    // ---------------------------------------------------------------- slow servers and timeouts

    @Test
    void slowHeadersHitTheAttemptTimeoutOnEveryAttempt() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.slowHeaders(Duration.ofSeconds(3)));
        Layer.Client sqs = sqs(proxy, config(proxy.endpoint()).attemptTimeout(Duration.ofMillis(500)));
        long start = System.nanoTime();
        AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        long took = millis(System.nanoTime() - start);
        assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
        assertEquals(Duration.ofMillis(500), e.timeout());
        assertTrue(e.getMessage().contains("sqs.ListQueues attempt 3"), e.getMessage());
        assertEquals(3, proxy.requests().size());
        // Three timeouts of 500 ms, and at most 1 + 2 s of back-off between them.
        assertTrue(took >= 1400 && took < 3 * 500 + 3000 + 2500, "took " + took + " ms");
        gaps(proxy.requests()).forEach(g -> assertTrue(g >= 450, "an attempt ended before its bound: " + g + " ms"));
    }

    @Test
    void aBodyThatTricklesHitsTheAttemptTimeoutWhole() {
        // One byte every 150 ms: every read is answered, the body as a whole is not.
        FaultProxy proxy = sqsProxy().setDefault(Fault.slowBody(1, Duration.ofMillis(150)));
        Layer.Client sqs = sqs(proxy, config(proxy.endpoint()).attemptTimeout(Duration.ofMillis(800)).maxAttempts(1));
        long start = System.nanoTime();
        AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        long took = millis(System.nanoTime() - start);
        assertEquals(AttemptTimeoutException.Phase.RESPONSE, e.phase());
        assertTrue(took >= 700 && took < 2500, "fired near its bound: " + took + " ms");
    }

    @Test
    void aStreamingBodyReadWhileItTricklesIsNotCutOff() {
        int size = 20_000;
        FaultProxy proxy = closeLater(FaultProxy.cannedUpstream(200, Map.of("Content-Type", "application/octet-stream"),
                "x".repeat(size)));
        // 2 KB every 150 ms: 1.5 s in all, three times the bound, every wait well within it.
        proxy.setDefault(Fault.slowBody(2000, Duration.ofMillis(150)));
        Layer.Client s3 = closeLater(layer.client("s3", config(proxy.endpoint())
                .attemptTimeout(Duration.ofMillis(500)).build()));
        assertEquals(size, s3.callAndRead("GetObject", Map.of("Bucket", "b", "Key", "k")).length);
    }

    @Test
    void aStreamingBodyThatStallsHitsTheAttemptTimeoutInTheReadPhase() {
        FaultProxy proxy = closeLater(FaultProxy.cannedUpstream(200, Map.of("Content-Type", "application/octet-stream"),
                "x".repeat(20_000)));
        proxy.setDefault(Fault.slowBody(10_000, Duration.ofSeconds(4)));
        Layer.Client s3 = closeLater(layer.client("s3", config(proxy.endpoint())
                .attemptTimeout(Duration.ofMillis(500)).build()));
        long start = System.nanoTime();
        AttemptTimeoutException e = assertThrows(AttemptTimeoutException.class,
                () -> s3.callAndRead("GetObject", Map.of("Bucket", "b", "Key", "k")));
        long took = millis(System.nanoTime() - start);
        assertTrue(e.phase() == AttemptTimeoutException.Phase.READ || e.phase() == AttemptTimeoutException.Phase.RESPONSE,
                String.valueOf(e.phase()));
        assertTrue(took >= 400 && took < 3500, "fired near its bound: " + took + " ms");
    }

    @Test
    void theCallTimeoutEndsACallWhateverItsAttemptsAreDoing() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.slowHeaders(Duration.ofSeconds(4)));
        Layer.Client sqs = sqs(proxy, config(proxy.endpoint()).attemptTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofMillis(1200)));
        long start = System.nanoTime();
        CallTimeoutException e = assertThrows(CallTimeoutException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        long took = millis(System.nanoTime() - start);
        assertEquals(Duration.ofMillis(1200), e.timeout());
        assertTrue(took >= 1100 && took < 3000, "fired near its bound: " + took + " ms");
    }

    @Test
    void theCallTimeoutCountsTheBackOffBetweenAttempts() {
        FaultProxy proxy = sqsProxy().setDefault(Fault.status(503));
        Layer.Client sqs = sqs(proxy, config(proxy.endpoint()).maxAttempts(50).callTimeout(Duration.ofMillis(1500)));
        long start = System.nanoTime();
        assertThrows(CallTimeoutException.class, () -> sqs.call("ListQueues", NO_PARAMS));
        long took = millis(System.nanoTime() - start);
        assertTrue(took >= 1400 && took < 3500, "fired near its bound: " + took + " ms");
    }

    // ---------------------------------------------------------------- bodies cut short

    @Test
    void aBodyCutShortIsRetriedThenSurfacesAsTruncated() {
        FaultProxy proxy = sqsProxy();
        proxy.enqueue(Fault.truncatedBody(5));
        assertEquals(2, sqs(proxy).call("ListQueues", NO_PARAMS));
        proxy.setDefault(Fault.truncatedBody(5));
        TruncatedBodyException e = assertThrows(TruncatedBodyException.class, () -> sqs(proxy).call("ListQueues", NO_PARAMS));
        assertTrue(e.getMessage().contains("ended after 5 of its"), e.getMessage());
    }

    @Test
    void aStreamingBodyCutShortFailsTheRead() {
        FaultProxy proxy = closeLater(FaultProxy.cannedUpstream(200, Map.of("Content-Type", "application/octet-stream"),
                "x".repeat(50_000)));
        proxy.setDefault(Fault.truncatedBody(10_000));
        Layer.Client s3 = closeLater(layer.client("s3", config(proxy.endpoint()).build()));
        assertThrows(TruncatedBodyException.class, () -> s3.callAndRead("GetObject", Map.of("Bucket", "b", "Key", "k")));
    }

    // ---------------------------------------------------------------- no leak

    /**
     * 10,000 calls failing every way there is (resets before and after the headers, bodies cut
     * short, 500s, 503s, throttling, attempt timeouts), 16 at a time: afterwards the connections,
     * the layer's threads and the heap are back where they were after a warm-up.
     */
    @Test
    void tenThousandFailedCallsLeaveNoConnectionThreadOrHeapBehind() throws Exception {
        FaultProxy proxy = sqsProxy();
        Layer.Client sqs = sqs(proxy, config(proxy.endpoint()).maxAttempts(1).attemptTimeout(Duration.ofMillis(300)));
        runFailing(proxy, sqs, 500);
        Snapshot before = snapshot(proxy);
        long start = System.nanoTime();
        runFailing(proxy, sqs, 10_000);
        long took = millis(System.nanoTime() - start);
        Snapshot after = snapshot(proxy);
        System.out.printf("LEAK CHECK %s: 10000 failed calls in %d ms; open connections %d -> %d; layer threads %d -> %d;"
                        + " heap after GC %.1f -> %.1f MiB%n", layer.name(), took, before.connections, after.connections,
                before.threads, after.threads, before.heap / 1048576.0, after.heap / 1048576.0);
        assertTrue(after.connections <= Math.max(before.connections, 10),
                "connections " + before.connections + " -> " + after.connections);
        assertTrue(after.threads <= before.threads, "layer threads " + before.threads + " -> " + after.threads);
        assertTrue(after.heap <= before.heap + (16 << 20), "heap " + before.heap + " -> " + after.heap);
    }

    /** Makes {@code n} calls through a mix of faults, each of which fails its call; checks they all failed. */
    private static void runFailing(FaultProxy proxy, Layer.Client sqs, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            proxy.enqueue(i % 200 == 0 ? Fault.slowHeaders(Duration.ofMillis(600))
                    : i % 50 == 1 ? Fault.resetAfterHeaders()
                    : switch (i % 5) {
                        case 0 -> Fault.resetBeforeHeaders();
                        case 1 -> Fault.truncatedBody(5);
                        case 2 -> Fault.status(503);
                        case 3 -> Fault.jsonError(400, "ThrottlingException", "Rate exceeded");
                        default -> Fault.status(500);
                    });
        }
        List<Throwable> failures = callsAtOnce(n, 16, () -> sqs.call("ListQueues", NO_PARAMS));
        assertEquals(n, failures.size(), "every call failed");
        failures.forEach(f -> assertInstanceOf(io.boto4j.core.SdkException.class, f, f::toString));
        proxy.forgetRequests();
    }

    private record Snapshot(int connections, int threads, long heap) {
    }

    private Snapshot snapshot(FaultProxy proxy) throws InterruptedException {
        // The proxy sees a connection close when its thread next reads: give it a moment.
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int connections = proxy.openConnections();
        while (connections > 10 && System.nanoTime() < end) {
            Thread.sleep(50);
            connections = proxy.openConnections();
        }
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            heap = Math.min(heap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
        int threads = (int) Thread.getAllStackTraces().keySet().stream().filter(layer::isLayerThread).count();
        return new Snapshot(connections, threads, heap);
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code n} calls, {@code width} at a time on threads of the test's own; returns what each threw. */
    static List<Throwable> callsAtOnce(int n, int width, Supplier<?> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(n, width));
        try {
            List<Future<Throwable>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(threads.submit(() -> {
                    try {
                        call.get();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<Throwable> f : running) {
                Throwable t = f.get();
                if (t != null) {
                    failures.add(t);
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }
}
