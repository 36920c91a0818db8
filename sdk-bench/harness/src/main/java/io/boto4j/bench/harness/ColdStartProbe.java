package io.boto4j.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client side of a cold-start measurement, in a fresh JVM: marks the moments (main
 * entered, client built, first GetObject done, second done) in epoch microseconds, which the
 * {@link Orchestrator} subtracts from the moment it started the process, and the heap after
 * the first call. Prints one {@code COLDSTART key=value …} line.
 */
public final class ColdStartProbe {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private long heapAfterFirstCall = -1;

    private ColdStartProbe(String contender) {
        values.put("contender", contender);
        values.put("jdk", Runtime.version().feature());
        values.put("jvmStartEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
        values.put("mainEpochUs", epochMicros());
    }

    /** A client built for a cold start, with its way of making one call. */
    public interface Call<T> {
        void once(T client) throws Exception;
    }

    /** A way to build a contender's client. */
    public interface Build<T> {
        T client() throws Exception;
    }

    /**
     * The whole cold start, called first thing in {@code main}: build the client, make the first
     * call, time a second one, print the line, close the client.
     */
    public static <T extends AutoCloseable> void run(String contender, Build<T> build, Call<T> call) throws Exception {
        ColdStartProbe probe = begin(contender);
        try (T client = build.client()) {
            probe.clientBuilt();
            call.once(client);
            probe.firstCallDone();
            long t = System.nanoTime();
            call.once(client);
            probe.secondCall(System.nanoTime() - t);
            probe.finish();
        }
    }

    /** Call first thing in {@code main}. */
    public static ColdStartProbe begin(String contender) {
        return new ColdStartProbe(contender);
    }

    public static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    /** The client is built (the S3 model, endpoint rules, HTTP client: whatever it loads up front). */
    public void clientBuilt() {
        values.put("builtEpochUs", epochMicros());
    }

    /** The first GetObject has returned its whole body. */
    public void firstCallDone() {
        values.put("firstCallEpochUs", epochMicros());
        heapAfterFirstCall = heap().getHeapMemoryUsage().getUsed();
    }

    /** The second GetObject, timed on its own: what is left of the cold path after one call. */
    public void secondCall(long nanos) {
        values.put("secondCallUs", nanos / 1_000);
    }

    /** Prints the line (after a GC, to also give the live heap). */
    public void finish() {
        values.put("heapAfterFirstCallKB", heapAfterFirstCall / 1024);
        System.gc();
        values.put("liveHeapKB", heap().getHeapMemoryUsage().getUsed() / 1024);
        values.put("classesLoaded", ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        values.put("cpuMs", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000);
        System.out.println(KeyValues.format("COLDSTART", values));
        System.out.flush();
    }

    private static MemoryMXBean heap() {
        return ManagementFactory.getMemoryMXBean();
    }
}
