package io.boto4j.it.load;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a leak would grow, measured from inside the JVM: the heap that survives a full GC and
 * the live threads. Also the polling wait the load tests use for conditions reached by other
 * threads (bounded, so a hang fails the test instead of stalling the build).
 */
final class JvmResources {
    private JvmResources() {
    }

    /**
     * The heap in use after a full collection, in bytes: the least of three tries, as one
     * collection may run while another thread still holds garbage it is about to drop.
     */
    static long heapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            sleep(Duration.ofMillis(50));
            Runtime runtime = Runtime.getRuntime();
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
    }

    /** The live threads now, compared by identity (names repeat across Vert.x instances). */
    static Set<Thread> liveThreads() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(Thread.getAllStackTraces().keySet());
        return threads;
    }

    /**
     * The names of the live threads not in {@code baseline}, sorted, for messages; without the
     * JDK's {@code CompletableFuture} delay thread (the core's timeouts start it), one per JVM for
     * its whole life however many calls use it.
     */
    static String threadsStartedSince(Set<Thread> baseline) {
        return liveThreads().stream().filter(t -> startedSince(baseline, t)).map(Thread::getName).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Waits until the threads started since {@code baseline} have ended (a closed Vert.x instance
     * lets its event loops finish on their own), at most {@code limit}; true if they all did.
     */
    static boolean awaitThreadsEnded(Set<Thread> baseline, Duration limit) {
        return poll(() -> liveThreads().stream().noneMatch(t -> startedSince(baseline, t)), limit);
    }

    private static boolean startedSince(Set<Thread> baseline, Thread t) {
        return !baseline.contains(t) && !t.getName().equals("CompletableFutureDelayScheduler");
    }

    /** Fails with {@code what} if {@code condition} does not hold within {@code limit}. */
    static void await(BooleanSupplier condition, Duration limit, Supplier<String> what) {
        if (!poll(condition, limit)) {
            throw new AssertionError("not reached within " + limit + ": " + what.get());
        }
    }

    /** Waits for {@code future}, failing if it has not completed within {@code limit} (a hang, not a speed). */
    static <T> T await(io.vertx.core.Future<T> future, Duration limit) {
        try {
            return future.await(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not done within " + limit, e);
        }
    }

    private static boolean poll(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            sleep(Duration.ofMillis(20));
        }
        return true;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code bytes} in MiB with one decimal, for reports. */
    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
