package io.boto4j.bench.harness;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What a client JVM of the concurrency benchmark is asked to do, from its command line:
 * {@code --contender NAME --server URI [--levels 1,16,64,256] [--warmup S] [--level-warmup S]
 * [--window S] [--threads platform|virtual] [--jfr FILE --jfr-level N]}.
 *
 * @param contender   the contender's name, as the orchestrator knows it
 * @param server      the load server's base URI
 * @param levels      the numbers of requests in flight to measure, in order
 * @param warmup      the first warm-up, shared among the levels in turn, before any window
 * @param levelWarmup the warm-up of each level before its window
 * @param window      how long each level is measured
 * @param threads     for blocking contenders: {@code platform} or {@code virtual} (JDK 21+)
 * @param jfr         where to write a JFR recording of one level's window, or null
 * @param jfrLevel    the level whose window is recorded
 */
public record LoadOptions(String contender, URI server, int[] levels, Duration warmup, Duration levelWarmup,
                          Duration window, String threads, Path jfr, int jfrLevel) {

    public static LoadOptions parse(String[] args) {
        Map<String, String> named = named(args);
        String server = named.get("server");
        String contender = named.get("contender");
        if (server == null || contender == null) {
            throw new IllegalArgumentException("--contender and --server are required");
        }
        int[] levels = Arrays.stream(named.getOrDefault("levels", "1,16,64,256").split(","))
                .mapToInt(Integer::parseInt).toArray();
        return new LoadOptions(contender, URI.create(server), levels,
                seconds(named.getOrDefault("warmup", "30")),
                seconds(named.getOrDefault("level-warmup", "5")),
                seconds(named.getOrDefault("window", "15")),
                named.getOrDefault("threads", "platform"),
                named.containsKey("jfr") ? Path.of(named.get("jfr")) : null,
                Integer.parseInt(named.getOrDefault("jfr-level", "64")));
    }

    /** {@code --key value} pairs; a flag without a value maps to "true". */
    public static Map<String, String> named(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            named.put(key, hasValue ? args[++i] : "true");
        }
        return named;
    }

    private static Duration seconds(String s) {
        return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    }

    /** The most requests ever in flight: what connection pools are sized to. */
    public int maxConcurrency() {
        return Arrays.stream(levels).max().orElse(1);
    }
}
