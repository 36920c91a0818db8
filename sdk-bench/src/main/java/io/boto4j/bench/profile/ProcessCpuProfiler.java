package io.boto4j.bench.profile;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CPU time the whole benchmark JVM spent per operation ({@code cpu.time.norm}, in the benchmark's time unit), next to
 * JMH's wall-clock score. On a machine shared with other work the wall clock counts the time
 * the benchmark waited for a core; CPU time does not, so it is the steadier figure there. It
 * covers every thread, as {@code -prof gc} does: the async clients' event loops and the
 * in-process server (the same for every contender), but also GC and the JIT compiler.
 * Use it with {@code -prof io.boto4j.bench.profile.ProcessCpuProfiler}.
 */
public final class ProcessCpuProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os;
    private long cpuAtStart;

    public ProcessCpuProfiler() {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean mx)) {
            throw new IllegalStateException("this JVM does not report its process CPU time");
        }
        this.os = mx;
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM (all threads) per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - cpuAtStart;
        long ops = result.getMetadata().getAllOps();
        // In the benchmark's own unit (µs for the per-call benchmarks, ms for start-up).
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOp = ops == 0 ? Double.NaN : cpuNanos / (double) unit.toNanos(1) / ops;
        return List.of(new ScalarResult("cpu.time.norm", perOp, TimeValue.tuToString(unit) + "/op",
                AggregationPolicy.AVG));
    }
}
