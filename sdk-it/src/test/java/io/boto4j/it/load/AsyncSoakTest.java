package io.boto4j.it.load;

import io.boto4j.async.AsyncClient;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.boto4j.it.load.JvmResources.heapAfterGc;
import static io.boto4j.it.load.JvmResources.mib;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The soak, outside CI: one Vert.x-layer client makes {@link MixedCalls} (GetObject, PutObject,
 * 404s, 503s retried) at a fixed rate against {@link CannedS3Server} for
 * {@code boto4j.it.soak.minutes} (10 by default), sampling every 10 s the heap after GC, the live
 * threads and the connections open at the server, and printing each sample and the trend. It
 * fails if a call had a wrong outcome, if the connections ever exceeded the pool's bound, or if
 * heap or threads at the end are above where they were at the first sample (heap: more than
 * 16 MiB above).
 *
 * <p>Run it with {@code mvn -B -pl sdk-it -am verify -Psoak} (the profile sets the property and
 * runs this test alone); {@code -Dboto4j.it.soak.rate=} sets the calls per second (default 300).
 */
@EnabledIfSystemProperty(named = "boto4j.it.soak.minutes", matches = "\\d+")
class AsyncSoakTest {
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    private static final int MAX_CONNECTIONS = AsyncLoadTest.MAX_CONNECTIONS;
    private static final int MAX_IN_FLIGHT = 2_000;
    private static final long HEAP_SLACK = 16L << 20;

    private record Sample(long seconds, long calls, long failed, long skipped, int inFlight, long heap, int threads,
                          int connections) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "SOAK t=%4ds calls=%8d failed=%d skipped=%d inFlight=%4d"
                    + " heapAfterGC=%s threads=%d connections=%d", seconds, calls, failed, skipped, inFlight, mib(heap),
                    threads, connections);
        }
    }

    @Test
    void mixedCallsForMinutesGrowNothing() throws InterruptedException {
        Duration length = Duration.ofMinutes(Long.getLong("boto4j.it.soak.minutes"));
        int rate = Integer.getInteger("boto4j.it.soak.rate", 300);
        try (CannedS3Server server = CannedS3Server.start()) {
            Set<Thread> threadsBeforeClient = JvmResources.liveThreads();
            Vertx vertx = Vertx.vertx();
            AsyncClient s3 = AsyncLoadTest.client(vertx, server, MAX_CONNECTIONS);
            MixedCalls calls = new MixedCalls(s3);
            System.out.printf("SOAK %s at %d calls/s, pool bound %d, at most %d in flight%n", length, rate,
                    MAX_CONNECTIONS, MAX_IN_FLIGHT);
            PacedLoad load = new PacedLoad(vertx, calls::call, rate, MAX_IN_FLIGHT, Long.MAX_VALUE).start();
            long start = System.nanoTime();
            List<Sample> samples = new ArrayList<>();
            int peakConnections = 0;
            while (System.nanoTime() - start < length.toNanos()) {
                Thread.sleep(SAMPLE_EVERY.toMillis());
                Sample sample = new Sample(Duration.ofNanos(System.nanoTime() - start).toSeconds(), load.started(),
                        load.failed(), load.skipped(), load.inFlight(), heapAfterGc(),
                        JvmResources.liveThreads().size(), server.openConnections());
                samples.add(sample);
                peakConnections = Math.max(peakConnections, server.peakConnections());
                System.out.println(sample);
            }
            load.stop();
            JvmResources.await(load.finished(), Duration.ofMinutes(2));
            s3.close().await();
            vertx.close().await();
            boolean threadsEnded = JvmResources.awaitThreadsEnded(threadsBeforeClient, Duration.ofSeconds(30));

            Sample first = samples.get(0);
            Sample last = samples.get(samples.size() - 1);
            System.out.printf("SOAK trend over %d samples: heap after GC first %s, min %s, max %s, last %s;"
                            + " threads first %d, max %d, last %d; connections at the server max %d (bound %d);"
                            + " %d calls (%d per s), %d failed, %d skipped (in-flight cap), peak in flight %d;"
                            + " threads left after close: %s%n", samples.size(), mib(first.heap()),
                    mib(samples.stream().mapToLong(Sample::heap).min().orElseThrow()),
                    mib(samples.stream().mapToLong(Sample::heap).max().orElseThrow()), mib(last.heap()),
                    first.threads(), samples.stream().mapToInt(Sample::threads).max().orElseThrow(), last.threads(),
                    peakConnections, MAX_CONNECTIONS, load.started(),
                    load.started() / Math.max(1, last.seconds()), load.failed(), load.skipped(), load.peakInFlight(),
                    threadsEnded ? "none" : JvmResources.threadsStartedSince(threadsBeforeClient));

            assertEquals(List.of(), load.failures(), "calls with a wrong outcome (first few)");
            assertTrue(peakConnections <= MAX_CONNECTIONS, () -> "connections at the server: " + server.peakConnections());
            assertTrue(last.heap() <= first.heap() + HEAP_SLACK, () -> "heap after GC grew from " + mib(first.heap())
                    + " to " + mib(last.heap()));
            assertTrue(last.threads() <= first.threads(), () -> "threads grew from " + first.threads() + " to "
                    + last.threads());
            assertTrue(threadsEnded, () -> "threads left behind after close: "
                    + JvmResources.threadsStartedSince(threadsBeforeClient));
        }
    }
}
