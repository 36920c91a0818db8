package io.boto4j.bench.harness;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The closed-loop load of one client JVM: at each level, exactly N GetObjects in flight (each
 * completion starts the next), a warm-up, then a measuring window bracketed by {@link Meters}
 * and {@link ServerProbe} snapshots. Prints one {@code LEVEL key=value …} line per level on
 * standard output, which the {@link Orchestrator} reads.
 *
 * <p>Blocking contenders get N threads (platform, or virtual on JDK 21+), each calling in a
 * loop; async contenders get N chains started where {@link AsyncTarget#execute} says.
 */
public final class LoadDriver {
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private final LoadOptions options;
    private final PrintStream out = System.out;

    private LoadDriver(LoadOptions options) {
        this.options = options;
    }

    /** Measures {@code target} at every level of {@code options}. */
    public static void run(LoadOptions options, AsyncTarget target) throws Exception {
        new LoadDriver(options).measure(concurrency -> new AsyncLoad(target, concurrency));
    }

    /** Measures {@code target} at every level of {@code options}, on platform or virtual threads. */
    public static void run(LoadOptions options, BlockingTarget target) throws Exception {
        new LoadDriver(options).measure(concurrency -> new BlockingLoad(target, concurrency, options.threads()));
    }

    /** A running load at one level. */
    private abstract static class Load {
        final Recorder recorder = new Recorder();

        abstract void start();

        /** Stops issuing calls and waits for those in flight. */
        abstract void stopAndDrain() throws InterruptedException;
    }

    private interface LoadFactory {
        Load at(int concurrency);
    }

    private void measure(LoadFactory loads) throws Exception {
        int[] levels = options.levels();
        // The warm-up visits every level, so that the code each level runs (a single call on an idle
        // connection, a queue of 256) is compiled before any window: the JIT time inside the windows
        // is printed, and should be near zero.
        Duration perLevel = options.warmup().dividedBy(levels.length);
        for (int level : options.warmup().isZero() ? new int[0] : levels) {
            Load warm = loads.at(level);
            warm.start();
            sleep(perLevel);
            warm.stopAndDrain();
            warm.recorder.failIfBroken(options.contender());
            System.err.printf("[%s] warm-up: %d calls at %d in flight in %d ms%n", options.contender(),
                    warm.recorder.completed.get(), level, perLevel.toMillis());
        }
        for (int level : levels) {
            Load load = loads.at(level);
            boolean profiled = options.jfr() != null && level == options.jfrLevel();
            // Starting JFR the first time loads and compiles its own code: a priming recording
            // takes that into the warm-up, so the window's recording profiles the client, not JFR.
            Recording priming = profiled ? startRecording() : null;
            load.start();
            sleep(options.levelWarmup());
            Recording jfr = profiled ? startRecording() : null;
            if (priming != null) {
                priming.close();
            }
            ServerProbe server0 = ServerProbe.read(options.server());
            Meters m0 = Meters.now();
            long done0 = load.recorder.completed.get();
            long errors0 = load.recorder.errors.get();
            load.recorder.recording = true;
            sleep(options.window());
            load.recorder.recording = false;
            long done1 = load.recorder.completed.get();
            long errors1 = load.recorder.errors.get();
            Meters m1 = Meters.now();
            ServerProbe server1 = ServerProbe.read(options.server());
            if (jfr != null) {
                jfr.stop();
                jfr.dump(options.jfr());
                jfr.close();
            }
            load.stopAndDrain();
            load.recorder.failIfBroken(options.contender());
            out.println(KeyValues.format("LEVEL", result(level, load.recorder.latencies, done1 - done0,
                    errors1 - errors0, m0, m1, server0, server1)));
            out.flush();
        }
    }

    private Map<String, Object> result(int level, Histogram latencies, long done, long errors, Meters m0, Meters m1,
                                       ServerProbe s0, ServerProbe s1) {
        double seconds = (m1.wallNanos() - m0.wallNanos()) / 1e9;
        double calls = Math.max(1, done);
        double serverRequests = Math.max(1, s1.requests() - s0.requests());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("contender", options.contender());
        r.put("jdk", Runtime.version().feature());
        r.put("threads", options.threads());
        r.put("concurrency", level);
        r.put("seconds", seconds);
        r.put("calls", done);
        r.put("errors", errors);
        r.put("rps", done / seconds);
        r.put("p50us", latencies.valueAt(0.50) / 1e3);
        r.put("p90us", latencies.valueAt(0.90) / 1e3);
        r.put("p99us", latencies.valueAt(0.99) / 1e3);
        r.put("p999us", latencies.valueAt(0.999) / 1e3);
        r.put("maxus", latencies.max() / 1e3);
        r.put("cpuUsPerCall", (m1.cpuNanos() - m0.cpuNanos()) / 1e3 / calls);
        r.put("cpuPct", 100.0 * (m1.cpuNanos() - m0.cpuNanos()) / 1e9 / seconds);
        r.put("serverCpuUsPerCall", (s1.cpuNanos() - s0.cpuNanos()) / 1e3 / serverRequests);
        r.put("serverCpuPct", 100.0 * (s1.cpuNanos() - s0.cpuNanos()) / 1e9 / seconds);
        r.put("jitMs", m1.compileMillis() - m0.compileMillis());
        r.put("gcMs", m1.gcMillis() - m0.gcMillis());
        r.put("gcCount", m1.gcCount() - m0.gcCount());
        r.put("allocBytesPerCall", (double) (m1.allocatedBytes() - m0.allocatedBytes()) / calls);
        r.put("threadsStartedPerCall", (double) (m1.threadsStarted() - m0.threadsStarted()) / calls);
        r.put("load1", Meters.loadAverage());
        return r;
    }

    /** Samples every 1 ms (JFR's finest) and allocation at a high rate: enough for one window. */
    private static Recording startRecording() throws IOException, ParseException {
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        r.enable("jdk.ObjectAllocationSample").with("throttle", "10000/s");
        r.start();
        return r;
    }

    private static void sleep(Duration d) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(d.toMillis());
    }

    /** Counts completions and failures; records latencies only inside the window. */
    static final class Recorder {
        final AtomicLong completed = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Histogram latencies = new Histogram();
        final AtomicReference<Throwable> firstError = new AtomicReference<>();
        volatile boolean recording;

        void record(long startNanos, Throwable error) {
            if (error != null) {
                errors.incrementAndGet();
                if (firstError.compareAndSet(null, error)) {
                    System.err.println("first failed call:");
                    error.printStackTrace();
                }
                return;
            }
            completed.incrementAndGet();
            if (recording) {
                latencies.record(System.nanoTime() - startNanos);
            }
        }

        /** More than 1 % failed calls make the figures meaningless: stop with the first failure. */
        void failIfBroken(String contender) {
            long failed = errors.get();
            if (failed > 0 && failed * 100 > completed.get()) {
                throw new IllegalStateException(contender + ": " + failed + " of " + (failed + completed.get())
                        + " calls failed", firstError.get());
            }
        }
    }

    /** N chains of calls: each completion starts the next call, until stopped. */
    private static final class AsyncLoad extends Load {
        private final AsyncTarget target;
        private final int concurrency;
        private final AtomicInteger active = new AtomicInteger();
        private final CountDownLatch drained = new CountDownLatch(1);
        private volatile boolean running = true;

        AsyncLoad(AsyncTarget target, int concurrency) {
            this.target = target;
            this.concurrency = concurrency;
        }

        @Override
        void start() {
            active.set(concurrency);
            target.execute(() -> {
                for (int i = 0; i < concurrency; i++) {
                    next();
                }
            });
        }

        private void next() {
            if (!running) {
                if (active.decrementAndGet() == 0) {
                    drained.countDown();
                }
                return;
            }
            long start = System.nanoTime();
            try {
                target.send(error -> {
                    recorder.record(start, error);
                    next();
                });
            } catch (RuntimeException e) {
                // A call that throws instead of failing its future ends its chain (and counts).
                recorder.record(start, e);
                if (active.decrementAndGet() == 0) {
                    drained.countDown();
                }
            }
        }

        @Override
        void stopAndDrain() throws InterruptedException {
            running = false;
            if (!drained.await(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(active.get() + " calls still in flight after " + DRAIN_TIMEOUT);
            }
        }
    }

    /** N threads, each calling in a loop until stopped. */
    private static final class BlockingLoad extends Load {
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        BlockingLoad(BlockingTarget target, int concurrency, String kind) {
            Runnable loop = () -> {
                while (running) {
                    long start = System.nanoTime();
                    Throwable error = null;
                    try {
                        target.call();
                    } catch (Throwable t) {
                        error = t;
                    }
                    recorder.record(start, error);
                }
            };
            for (int i = 0; i < concurrency; i++) {
                threads.add("virtual".equals(kind) ? VirtualThreads.unstarted(loop) : platformThread(loop, i));
            }
        }

        private static Thread platformThread(Runnable loop, int i) {
            Thread t = new Thread(loop, "load-" + i);
            t.setDaemon(true);
            return t;
        }

        @Override
        void start() {
            threads.forEach(Thread::start);
        }

        @Override
        void stopAndDrain() throws InterruptedException {
            running = false;
            long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            for (Thread t : threads) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (t.isAlive()) {
                    throw new IllegalStateException(t + " still calling after " + DRAIN_TIMEOUT);
                }
            }
        }
    }

    /** Virtual threads through reflection: the harness compiles for Java 17 and runs on 21+ for these. */
    static final class VirtualThreads {
        private VirtualThreads() {
        }

        static Thread unstarted(Runnable task) {
            try {
                Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
                Method unstarted = Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class);
                return (Thread) unstarted.invoke(builder, task);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("virtual threads need JDK 21 or later; this is "
                        + Runtime.version(), e);
            }
        }
    }
}
