package io.boto4j.bench.harness;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the client JVM has spent up to a moment: CPU time of the whole process (every thread:
 * the caller's, event loops, GC, JIT), JIT compile time, GC time and count, bytes allocated,
 * threads started. Two snapshots bracket the measuring window.
 *
 * @param wallNanos        {@link System#nanoTime()}
 * @param cpuNanos         the process's CPU time
 * @param compileMillis    the JIT's total compilation time (CompilationMXBean)
 * @param gcMillis         the collectors' total collection time
 * @param gcCount          the collectors' total collection count
 * @param allocatedBytes   bytes allocated by all threads; on JDKs before 21 by live threads only
 *                         (a thread that ended inside the window takes its share with it)
 * @param threadsStarted   threads started since the JVM began
 */
record Meters(long wallNanos, long cpuNanos, long compileMillis, long gcMillis, long gcCount,
              long allocatedBytes, long threadsStarted) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    /** {@code getTotalThreadAllocatedBytes()}, JDK 21+, counts threads that have ended too. */
    private static final Method TOTAL_ALLOCATED = totalAllocatedMethod();

    static Meters now() {
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        return new Meters(System.nanoTime(), OS.getProcessCpuTime(),
                JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1,
                gcMillis, gcCount, allocatedBytesNow(), ManagementFactory.getThreadMXBean().getTotalStartedThreadCount());
    }

    private static long allocatedBytesNow() {
        if (TOTAL_ALLOCATED != null) {
            try {
                return (Long) TOTAL_ALLOCATED.invoke(THREADS);
            } catch (ReflectiveOperationException e) {
                // fall through to the live threads' sum
            }
        }
        long sum = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static Method totalAllocatedMethod() {
        try {
            return com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** The 1-minute load average of the machine ({@code /proc/loadavg}), or -1 where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
