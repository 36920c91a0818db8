package io.boto4j.bench.harness;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JFR recording of one measuring window and says where the CPU and the allocation
 * went: CPU samples by thread, by top frame (self time), by the first non-JDK frame's package
 * and method (JDK work charged to the library or boto4j code that asked for it), by the first
 * boto4j frame (library work too), and inclusive time of boto4j's methods; allocation by class, by allocating frame and by the first non-JDK frame,
 * in bytes per call when the number of calls is known.
 *
 * <p>Run as {@code JfrSummary FILE [top] [calls]}; the {@link Orchestrator}'s
 * {@code --profile} calls it for each recording it makes.
 */
public final class JfrSummary {
    private final Map<String, Long> byThread = new HashMap<>();
    private final Map<String, Long> selfByMethod = new HashMap<>();
    private final Map<String, Long> byFirstLibraryPackage = new HashMap<>();
    private final Map<String, Long> byFirstLibraryMethod = new HashMap<>();
    private final Map<String, Long> byFirstBoto4jMethod = new HashMap<>();
    private final Map<String, Long> modelReadsByCaller = new HashMap<>();
    private final Map<String, Long> inclusiveBoto4j = new HashMap<>();
    private final Map<String, Long> allocByClass = new HashMap<>();
    private final Map<String, Long> allocBySite = new HashMap<>();
    private final Map<String, Long> allocByFirstLibraryMethod = new HashMap<>();
    /** The service model API: its reads of model data show up as calls into this package. */
    private static final String MODEL_PACKAGE = "io.boto4j.core.model.";
    private long samples;
    private long allocatedBytes;

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 40,
                args.length > 2 ? Long.parseLong(args[2]) : 0));
    }

    /** The summary of {@code jfr}: the {@code top} entries of each table; {@code calls} > 0 adds bytes per call. */
    static String summarize(Path jfr, int top, long calls) throws IOException {
        JfrSummary s = new JfrSummary();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> s.cpuSample(e);
                case "jdk.ObjectAllocationSample" -> s.allocation(e);
                default -> {
                }
            }
        }
        return s.render(jfr, top, calls);
    }

    private void cpuSample(RecordedEvent e) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        add(byThread, threadGroup(thread), 1);
        List<RecordedFrame> frames = stack.getFrames();
        add(selfByMethod, method(frames.get(0)), 1);
        RecordedFrame library = firstLibraryFrame(frames);
        add(byFirstLibraryPackage, library == null ? "JDK only: " + packageGroup(className(frames.get(0)))
                : packageGroup(className(library)), 1);
        add(byFirstLibraryMethod, library == null ? "JDK only: " + method(frames.get(0)) : method(library), 1);
        RecordedFrame boto4j = firstBoto4jFrame(frames);
        if (boto4j != null) {
            add(byFirstBoto4jMethod, method(boto4j), 1);
            if (className(boto4j).startsWith(MODEL_PACKAGE)) {
                RecordedFrame caller = frames.stream().filter(f -> isBoto4j(className(f))
                        && !className(f).startsWith(MODEL_PACKAGE)).findFirst().orElse(null);
                add(modelReadsByCaller, caller == null ? "?" : method(caller) + ":" + caller.getLineNumber(), 1);
            }
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
            if (isBoto4j(className(f)) && seen.add(method(f))) {
                add(inclusiveBoto4j, method(f), 1);
            }
        }
    }

    private void allocation(RecordedEvent e) {
        long weight = e.getLong("weight");
        allocatedBytes += weight;
        add(allocByClass, e.getClass("objectClass").getName(), weight);
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        add(allocBySite, method(frames.get(0)) + ":" + frames.get(0).getLineNumber(), weight);
        RecordedFrame library = firstLibraryFrame(frames);
        add(allocByFirstLibraryMethod, library == null ? "JDK only: " + method(frames.get(0))
                : method(library) + ":" + library.getLineNumber(), weight);
    }

    private String render(Path jfr, int top, long calls) {
        StringBuilder s = new StringBuilder();
        s.append("JFR summary of ").append(jfr).append('\n');
        s.append(String.format(Locale.ROOT, "CPU samples: %d; allocation sampled: %.1f MB%s%n", samples,
                allocatedBytes / 1e6, calls > 0 ? String.format(Locale.ROOT, " (%.0f B per call over %d calls)",
                        (double) allocatedBytes / calls, calls) : ""));
        table(s, "CPU by thread", byThread, samples, top, 0);
        table(s, "CPU by first non-JDK frame's package (JDK work charged to its caller)", byFirstLibraryPackage,
                samples, top, 0);
        table(s, "CPU by first non-JDK frame (method)", byFirstLibraryMethod, samples, top, 0);
        table(s, "CPU self time by method (top frame)", selfByMethod, samples, top, 0);
        table(s, "CPU by first boto4j frame (JDK and library work charged to the boto4j code that asked;"
                + " samples without boto4j on the stack left out)", byFirstBoto4jMethod, samples, top, 0);
        table(s, "CPU inclusive time of boto4j methods (on the stack)", inclusiveBoto4j, samples, top, 0);
        table(s, "CPU in the service model API (io.boto4j.core.model) by calling site", modelReadsByCaller, samples,
                top, 0);
        table(s, "Allocation by class", allocByClass, allocatedBytes, top, calls);
        table(s, "Allocation by first non-JDK frame (site)", allocByFirstLibraryMethod, allocatedBytes, top, calls);
        table(s, "Allocation by allocating frame", allocBySite, allocatedBytes, top, calls);
        return s.toString();
    }

    private static void table(StringBuilder s, String title, Map<String, Long> counts, long total, int top,
                              long calls) {
        s.append('\n').append(title).append('\n');
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> s.append(String.format(Locale.ROOT, "  %6.2f%%  %s%s%n",
                        100.0 * e.getValue() / Math.max(1, total),
                        calls > 0 ? String.format(Locale.ROOT, "%8.0f B/call  ", (double) e.getValue() / calls) : "",
                        e.getKey())));
    }

    /** The first frame, from the top, that is not the JDK's: the code that caused the sample's work. */
    private static RecordedFrame firstLibraryFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            if (!isJdk(className(f))) {
                return f;
            }
        }
        return null;
    }

    private static RecordedFrame firstBoto4jFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            if (isBoto4j(className(f))) {
                return f;
            }
        }
        return null;
    }

    private static boolean isBoto4j(String className) {
        return className.startsWith("io.boto4j.") && !className.startsWith("io.boto4j.bench.");
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")
                || className.startsWith("com.sun.");
    }

    /** Packages grouped at the level that names a concern: io.boto4j.core.http, io.vertx.core.http, jackson.databind. */
    static String packageGroup(String className) {
        String[] parts = className.split("\\.");
        int depth;
        if (className.startsWith("io.boto4j.") || className.startsWith("io.vertx.core.")
                || className.startsWith("io.netty.handler.") || className.startsWith("software.amazon.awssdk.")) {
            depth = 4;
        } else if (className.startsWith("com.fasterxml.jackson.")) {
            depth = 4;
        } else {
            depth = 3;
        }
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < Math.min(depth, parts.length - 1); i++) {
            p.append(i > 0 ? "." : "").append(parts[i]);
        }
        return p.toString();
    }

    private static String threadGroup(String thread) {
        return thread.replaceAll("[-#]?\\d+$", "-N");
    }

    private static String className(RecordedFrame f) {
        return f.getMethod().getType().getName();
    }

    private static String method(RecordedFrame f) {
        return className(f) + "." + f.getMethod().getName();
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }
}
