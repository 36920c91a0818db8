package io.boto4j.it.load;

import io.boto4j.async.AsyncClient;
import io.boto4j.it.async.AsyncClients;
import io.boto4j.it.servers.FakeCredentials;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.boto4j.it.load.JvmResources.await;
import static io.boto4j.it.load.JvmResources.heapAfterGc;
import static io.boto4j.it.load.JvmResources.mib;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One Vert.x-layer client under load against {@link CannedS3Server}: 10,000 GetObjects in flight
 * at once over a pool of 64 connections, then a few thousand mixed calls (puts, 404s, retried
 * 503s). Each checks that every call had the right outcome, that the server never saw more
 * connections than the pool's bound, and that heap (after GC), threads and connections come back
 * to where they were. Runs in a fork with a 256 MiB heap (the {@code async-load} execution), so
 * memory that grew with the calls in flight would end it with an OutOfMemoryError.
 *
 * <p>The 10-minute soak is {@link AsyncSoakTest}, outside CI.
 */
class AsyncLoadTest {
    static final int MAX_CONNECTIONS = 64;
    private static final int BURST = 10_000;
    /** Bounds a hang, not a speed: a loaded 2-core machine does the burst in seconds. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Heap after GC may end this much above where it started (class loading, JIT, lazily built caches). */
    private static final long HEAP_SLACK = 16L << 20;
    /** What one waiting call may hold (its request, signature, futures, the pool's waiter): measured about 6 KiB. */
    private static final long HEAP_PER_CALL_IN_FLIGHT = 16L << 10;

    private CannedS3Server server;
    private Set<Thread> threadsBeforeClient;
    private Vertx vertx;
    private AsyncClient s3;

    @BeforeEach
    void start() {
        server = CannedS3Server.start();
        threadsBeforeClient = JvmResources.liveThreads();
        vertx = Vertx.vertx();
        s3 = client(vertx, server, MAX_CONNECTIONS);
    }

    /** The client the load tests use: standard retries, a bounded pool, no config files read. */
    static AsyncClient client(Vertx vertx, CannedS3Server server, int maxConnections) {
        return AsyncClients.create(vertx, "s3", AsyncClients.s3(server.endpoint(),
                        FakeCredentials.CREDENTIALS, "us-east-1")
                .retryMode("standard").maxAttempts(3).maxConnections(maxConnections).build());
    }

    @AfterEach
    void stop() {
        try {
            if (s3 != null) {
                s3.close().await();
                await(() -> server.openConnections() == 0, PATIENCE,
                        () -> server.openConnections() + " connections still open after the client closed");
            }
            vertx.close().await();
            assertTrue(JvmResources.awaitThreadsEnded(threadsBeforeClient, Duration.ofSeconds(30)),
                    () -> "threads left behind by the closed client and its Vert.x: "
                            + JvmResources.threadsStartedSince(threadsBeforeClient));
        } finally {
            server.close();
        }
    }

    @Test
    void tenThousandGetObjectsInFlightShareABoundedPool() {
        MixedCalls calls = new MixedCalls(s3);
        // Warm-up: the pool opens its connections, classes load, the JIT compiles the hot paths.
        Burst warmUp = Burst.start(vertx, 2_000, n -> calls.get("warm-" + n, 1));
        JvmResources.await(warmUp.done(), PATIENCE);
        assertEquals(List.of(), warmUp.failures(), "warm-up failures");

        long heapBefore = heapAfterGc();
        Set<Thread> threadsAtStart = JvmResources.liveThreads();
        int threadsBefore = threadsAtStart.size();
        server.hold();
        Burst burst = Burst.start(vertx, BURST, n -> calls.get("burst-" + n, 1));
        // Every call started, every pooled connection busy with one, the rest waiting in the client.
        await(() -> burst.started() == BURST && server.heldRequests() == MAX_CONNECTIONS, PATIENCE,
                () -> burst.started() + " calls started, " + server.heldRequests() + " requests at the server");
        int peakInFlight = burst.inFlight();
        long heapPeak = heapAfterGc();
        server.release();
        JvmResources.await(burst.done(), PATIENCE);
        long heapAfter = heapAfterGc();
        int threadsAfter = JvmResources.liveThreads().size();

        System.out.printf("LOAD async burst: %d GetObjects, peak in flight %d, connections at the server: peak %d"
                        + " (bound %d); heap after GC before %s, with %d in flight %s (%.1f KiB per call), after %s;"
                        + " threads %d -> %d%n", BURST, peakInFlight, server.peakConnections(), MAX_CONNECTIONS,
                mib(heapBefore), peakInFlight, mib(heapPeak), (heapPeak - heapBefore) / 1024.0 / peakInFlight,
                mib(heapAfter), threadsBefore, threadsAfter);
        assertEquals(List.of(), burst.failures(), "failed calls (first few)");
        assertEquals(BURST, burst.succeeded());
        assertEquals(BURST, peakInFlight, "calls in flight at once");
        assertEquals(MAX_CONNECTIONS, server.peakConnections(), "connections the server saw at most");
        assertTrue(heapPeak - heapBefore <= HEAP_PER_CALL_IN_FLIGHT * BURST, () -> "heap after GC with " + BURST
                + " calls in flight: " + mib(heapPeak) + ", from " + mib(heapBefore));
        assertTrue(heapAfter <= heapBefore + HEAP_SLACK, () -> "heap after GC grew from " + mib(heapBefore)
                + " to " + mib(heapAfter));
        // A thread that ended meanwhile (a JDK or Vert.x helper of an earlier step) is no leak: what
        // counts is that none started during the burst is still alive.
        assertEquals("[]", JvmResources.threadsStartedSince(threadsAtStart), "threads started by the burst");
    }

    @Test
    void mixedCallsWithErrorsAndRetriesLeaveNothingBehind() {
        MixedCalls calls = new MixedCalls(s3);
        PacedLoad warmUp = new PacedLoad(vertx, calls::call, 2_000, 1_000, 2_000).start();
        JvmResources.await(warmUp.finished(), PATIENCE);
        assertEquals(List.of(), warmUp.failures(), "warm-up failures");

        long heapBefore = heapAfterGc();
        Set<Thread> threadsAtStart = JvmResources.liveThreads();
        int threadsBefore = threadsAtStart.size();
        PacedLoad load = new PacedLoad(vertx, n -> calls.call(2_000 + n), 2_000, 1_000, 6_000).start();
        JvmResources.await(load.finished(), PATIENCE);
        long heapAfter = heapAfterGc();
        int threadsAfter = JvmResources.liveThreads().size();

        System.out.printf("LOAD async mixed: %d calls (GetObject, PutObject up to 64 KiB, 404, 503 retried),"
                        + " peak in flight %d, connections at the server: peak %d (bound %d); heap after GC %s -> %s;"
                        + " threads %d -> %d%n", load.started(), load.peakInFlight(), server.peakConnections(),
                MAX_CONNECTIONS, mib(heapBefore), mib(heapAfter), threadsBefore, threadsAfter);
        assertEquals(List.of(), load.failures(), "calls with a wrong outcome (first few)");
        assertEquals(6_000, load.succeeded());
        assertTrue(server.peakConnections() <= MAX_CONNECTIONS, () -> server.peakConnections() + " connections");
        assertTrue(heapAfter <= heapBefore + HEAP_SLACK, () -> "heap after GC grew from " + mib(heapBefore)
                + " to " + mib(heapAfter));
        assertEquals("[]", JvmResources.threadsStartedSince(threadsAtStart), "threads started by the load");
    }

    /**
     * Calls waiting for a pooled connection wait in the client without a bound of their own; the
     * call timeout bounds them. One that gave up must not go out later, when a connection frees up.
     */
    @Test
    void callsThatTimeOutWhileQueuedForAConnectionAreNeverSent() {
        AsyncClient narrow = AsyncClients.create(vertx, "s3", AsyncClients.s3(server.endpoint(),
                        FakeCredentials.CREDENTIALS, "us-east-1")
                .maxAttempts(1).maxConnections(1).callTimeout(Duration.ofSeconds(2)).build());
        try {
            MixedCalls calls = new MixedCalls(narrow);
            server.hold();
            Burst queued = Burst.start(vertx, 5, n -> calls.get("queued-" + n, 1));
            JvmResources.await(queued.done(), PATIENCE);
            assertEquals(0, queued.succeeded());
            queued.failures().forEach(f -> assertTrue(f instanceof io.boto4j.core.CallTimeoutException,
                    f::toString));
            server.release();
            // Queued behind whatever the timed-out calls left in the pool's queue.
            JvmResources.await(calls.get("after", 1), PATIENCE);
            // Only the call that had the one connection reached the server (when it did, under
            // load possibly late, does not matter); the others gave up in the queue and were never
            // sent, not even once the connection was free again.
            assertTrue(server.requestsFor("queued") <= 1,
                    () -> server.requestsFor("queued") + " of the timed-out calls reached the server");
            assertEquals(1, server.requestsFor("after"));
        } finally {
            narrow.close().await();
        }
    }

    /**
     * Starts {@code count} calls from one event-loop context, 100 per turn of its loop (so that
     * the loop keeps serving the connections meanwhile), and tracks how many are in flight.
     */
    private static final class Burst {
        private static final int PER_TURN = 100;
        private final int count;
        private final java.util.function.IntFunction<Future<Void>> call;
        private final Context context;
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger ended = new AtomicInteger();
        private final AtomicInteger succeeded = new AtomicInteger();
        private final List<Throwable> failures = new ArrayList<>();
        private final Promise<Void> done = Promise.promise();

        private Burst(Vertx vertx, int count, java.util.function.IntFunction<Future<Void>> call) {
            this.count = count;
            this.call = call;
            this.context = vertx.getOrCreateContext();
        }

        static Burst start(Vertx vertx, int count, java.util.function.IntFunction<Future<Void>> call) {
            Burst burst = new Burst(vertx, count, call);
            burst.context.runOnContext(v -> burst.startFrom(0));
            return burst;
        }

        private void startFrom(int first) {
            int end = Math.min(count, first + PER_TURN);
            for (int n = first; n < end; n++) {
                started.incrementAndGet();
                call.apply(n).onComplete(ar -> {
                    if (ar.succeeded()) {
                        succeeded.incrementAndGet();
                    } else {
                        synchronized (failures) {
                            if (failures.size() < 10) {
                                failures.add(ar.cause());
                            }
                        }
                    }
                    if (ended.incrementAndGet() == count) {
                        done.complete();
                    }
                });
            }
            if (end < count) {
                context.runOnContext(v -> startFrom(end));
            }
        }

        int started() {
            return started.get();
        }

        int inFlight() {
            return started.get() - ended.get();
        }

        int succeeded() {
            return succeeded.get();
        }

        List<Throwable> failures() {
            synchronized (failures) {
                return List.copyOf(failures);
            }
        }

        Future<Void> done() {
            return done.future();
        }
    }
}
