package io.boto4j.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one run and how they are printed: a table per part, then one
 * {@code RESULT <name> <value> <unit>} line per figure. The six ratio names are fixed (other
 * tools read them); a throughput ratio above 1 means boto4j is faster, a cold-start ratio is
 * the peer's time divided by boto4j's.
 */
final class Report {
    private final List<String> headerLines = new ArrayList<>();
    private final Map<String, Contender> contenders = new LinkedHashMap<>();
    /** contender → concurrency → the LEVEL line's values. */
    private final Map<String, Map<Integer, Map<String, String>>> levels = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> coldStarts = new LinkedHashMap<>();
    private final Map<String, String> scale = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void header(String line) {
        headerLines.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    void level(Contender c, Map<String, String> values) {
        contenders.put(c.name(), c);
        levels.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(Integer.parseInt(values.get("concurrency")),
                values);
    }

    void coldStart(Contender c, Map<String, String> values) {
        contenders.put(c.name(), c);
        coldStarts.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(values);
    }

    void scale(Map<String, String> values) {
        scale.putAll(values);
    }

    String render() {
        StringBuilder s = new StringBuilder();
        headerLines.forEach(h -> s.append(h).append('\n'));
        renderLoad(s);
        renderColdStarts(s);
        renderScale(s);
        notes.forEach(n -> s.append("note: ").append(n).append('\n'));
        s.append('\n');
        renderResults(s);
        return s.toString();
    }

    private void renderLoad(StringBuilder s) {
        if (levels.isEmpty()) {
            return;
        }
        s.append("\nGetObject 1 KiB, closed loop: N calls in flight (client and server CPU per call; JIT and GC ms"
                + " inside the window)\n");
        s.append(String.format(Locale.ROOT, "%-22s %3s %5s %10s %9s %9s %9s %6s %9s %6s %6s %6s %10s %7s %5s%n",
                "contender", "jdk", "N", "req/s", "p50 us", "p99 us", "cli us/c", "cli %", "srv us/c", "srv %",
                "JIT ms", "GC ms", "alloc B/c", "thr/c", "load"));
        levels.forEach((name, byLevel) -> byLevel.forEach((n, v) -> s.append(String.format(Locale.ROOT,
                "%-22s %3s %5d %10.0f %9.0f %9.0f %9.1f %6.0f %9.1f %6.0f %6s %6s %10.0f %7.3f %5.2f%n",
                name, v.get("jdk"), n, d(v, "rps"), d(v, "p50us"), d(v, "p99us"), d(v, "cpuUsPerCall"), d(v, "cpuPct"),
                d(v, "serverCpuUsPerCall"), d(v, "serverCpuPct"), v.get("jitMs"), v.get("gcMs"),
                d(v, "allocBytesPerCall"), d(v, "threadsStartedPerCall"), d(v, "load1")))));
    }

    private void renderColdStarts(StringBuilder s) {
        if (coldStarts.isEmpty()) {
            return;
        }
        s.append("\nCold start: process start to the first GetObject's body, fresh JVMs (medians; ms unless said)\n");
        s.append(String.format(Locale.ROOT, "%-22s %4s %9s %7s %7s %9s %8s %9s %9s %9s %8s %6s%n",
                "contender", "runs", "to 1st", "min", "max", "JVM+main", "build", "1st call", "2nd us",
                "heap KB", "live KB", "classes"));
        coldStarts.forEach((name, runs) -> s.append(String.format(Locale.ROOT,
                "%-22s %4d %9.1f %7.1f %7.1f %9.1f %8.1f %9.1f %9.0f %9.0f %8.0f %6.0f%n", name, runs.size(),
                coldStartMillis(name), min(runs, Report::toFirstMillis), max(runs, Report::toFirstMillis),
                median(runs, v -> (l(v, "mainEpochUs") - l(v, "spawnedEpochUs")) / 1e3),
                median(runs, v -> (l(v, "builtEpochUs") - l(v, "mainEpochUs")) / 1e3),
                median(runs, v -> (l(v, "firstCallEpochUs") - l(v, "builtEpochUs")) / 1e3),
                median(runs, v -> d(v, "secondCallUs")), median(runs, v -> d(v, "heapAfterFirstCallKB")),
                median(runs, v -> d(v, "liveHeapKB")), median(runs, v -> d(v, "classesLoaded")))));
    }

    private void renderScale(StringBuilder s) {
        if (scale.isEmpty()) {
            return;
        }
        s.append("\nboto4j scale\n");
        scale.forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %-36s %s%n", k, v)));
    }

    private void renderResults(StringBuilder s) {
        ratio(s, "ratio.async_vs_sdkv2_netty.get.c64", rps(Contender.ASYNC, 64), rps(Contender.NETTY, 64));
        ratio(s, "ratio.async_vs_ceiling.get.c64", rps(Contender.ASYNC, 64), rps(Contender.CEILING, 64));
        ratio(s, "ratio.sync_vs_sdkv2_apache.get.c1", rps(Contender.SYNC, 1), rps(Contender.APACHE, 1));
        ratio(s, "ratio.sync_vs_sdkv2_apache.get.c64", rps(Contender.SYNC, 64), rps(Contender.APACHE, 64));
        ratio(s, "ratio.coldstart_sync_vs_sdkv2_apache", coldStartMillis(Contender.APACHE.name()),
                coldStartMillis(Contender.SYNC.name()));
        ratio(s, "ratio.coldstart_async_vs_sdkv2_netty", coldStartMillis(Contender.NETTY.name()),
                coldStartMillis(Contender.ASYNC.name()));
        levels.forEach((name, byLevel) -> byLevel.forEach((n, v) -> {
            result(s, "rps." + name + ".get.c" + n, d(v, "rps"), "req/s");
            result(s, "p99." + name + ".get.c" + n, d(v, "p99us"), "us");
            result(s, "cpu." + name + ".get.c" + n, d(v, "cpuUsPerCall"), "us/req");
            result(s, "server_cpu." + name + ".get.c" + n, d(v, "serverCpuPct"), "%");
            result(s, "jit." + name + ".get.c" + n, d(v, "jitMs"), "ms");
            result(s, "alloc." + name + ".get.c" + n, d(v, "allocBytesPerCall"), "B/req");
        }));
        coldStarts.keySet().forEach(name -> result(s, "coldstart." + name, coldStartMillis(name), "ms"));
        scale.forEach((k, v) -> {
            int underscore = k.lastIndexOf('_');
            String unit = underscore > 0 ? k.substring(underscore + 1) : "";
            try {
                result(s, "scale." + k, Double.parseDouble(v), unit);
            } catch (NumberFormatException ignored) {
                // a descriptive value, table only
            }
        });
    }

    private static void ratio(StringBuilder s, String name, double boto4jOrPeer, double other) {
        if (Double.isNaN(boto4jOrPeer) || Double.isNaN(other) || other == 0) {
            s.append("RESULT ").append(name).append(" NaN ratio\n");
            return;
        }
        result(s, name, boto4jOrPeer / other, "ratio");
    }

    private static void result(StringBuilder s, String name, double value, String unit) {
        s.append(String.format(Locale.ROOT, "RESULT %s %s %s%n", name,
                Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.1f", value)
                        : String.format(Locale.ROOT, "%.4g", value), unit));
    }

    private double rps(Contender c, int level) {
        Map<Integer, Map<String, String>> byLevel = levels.get(c.name());
        Map<String, String> v = byLevel == null ? null : byLevel.get(level);
        return v == null ? Double.NaN : d(v, "rps");
    }

    /** The calls measured in {@code name}'s window at {@code level}, 0 when unknown. */
    long calls(String name, int level) {
        Map<Integer, Map<String, String>> byLevel = levels.get(name);
        Map<String, String> v = byLevel == null ? null : byLevel.get(level);
        return v == null ? 0 : Long.parseLong(v.get("calls"));
    }

    private double coldStartMillis(String name) {
        List<Map<String, String>> runs = coldStarts.get(name);
        return runs == null ? Double.NaN : median(runs, Report::toFirstMillis);
    }

    private static double toFirstMillis(Map<String, String> v) {
        return (l(v, "firstCallEpochUs") - l(v, "spawnedEpochUs")) / 1e3;
    }

    static double median(List<Map<String, String>> runs, ToDoubleFunction<Map<String, String>> f) {
        double[] values = runs.stream().mapToDouble(f).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static double min(List<Map<String, String>> runs, ToDoubleFunction<Map<String, String>> f) {
        return runs.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private static double max(List<Map<String, String>> runs, ToDoubleFunction<Map<String, String>> f) {
        return runs.stream().mapToDouble(f).max().orElse(Double.NaN);
    }

    private static double d(Map<String, String> v, String key) {
        String s = v.get(key);
        return s == null ? Double.NaN : Double.parseDouble(s);
    }

    private static long l(Map<String, String> v, String key) {
        return Long.parseLong(v.get(key));
    }
}
