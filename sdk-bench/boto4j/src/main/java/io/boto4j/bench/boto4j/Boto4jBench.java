package io.boto4j.bench.boto4j;

import io.boto4j.bench.harness.Calls;
import io.boto4j.bench.harness.ColdStartProbe;
import io.boto4j.bench.harness.LoadDriver;
import io.boto4j.bench.harness.LoadOptions;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * The entry point the orchestrator starts for the Vert.x-side contenders:
 * {@code load --contender NAME …} (see {@link LoadOptions}), {@code coldstart --contender NAME
 * --server URI}, {@code scale-clients --server URI} and {@code scale-models}.
 * Contenders: {@code vertx-ceiling}, {@code boto4j-async}, {@code boto4j-sync},
 * {@code boto4j-sync-virtual}, {@code boto4j-sync-jdk25} (the last two differ by JDK and
 * threads, which the orchestrator and {@code --threads} choose).
 */
public final class Boto4jBench {
    /** For cold starts and scale probes: the pool size of a client that makes one call at a time. */
    private static final int ONE_CONNECTION = 10;

    private Boto4jBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: load|coldstart|scale-clients|scale-models [--options]");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "load" -> load(LoadOptions.parse(rest));
            case "coldstart" -> coldStart(LoadOptions.named(rest));
            case "scale-clients" -> Scale.clients(URI.create(LoadOptions.named(rest).get("server")));
            case "scale-models" -> Scale.models();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        // Vert.x and the JDK client leave non-daemon threads behind a closed client in some versions.
        System.exit(0);
    }

    private static void load(LoadOptions o) throws Exception {
        int pool = o.maxConcurrency();
        switch (o.contender()) {
            case "vertx-ceiling" -> {
                try (VertxCeiling c = new VertxCeiling(o.server(), pool)) {
                    Calls.awaitOne(c);
                    LoadDriver.run(o, c);
                }
            }
            case "boto4j-async" -> {
                try (AsyncLayer c = new AsyncLayer(o.server(), pool)) {
                    Calls.awaitOne(c);
                    LoadDriver.run(o, c);
                }
            }
            case "boto4j-sync", "boto4j-sync-virtual", "boto4j-sync-jdk25" -> {
                try (SyncLayer c = new SyncLayer(o.server(), pool)) {
                    c.call();
                    LoadDriver.run(o, c);
                }
            }
            default -> throw new IllegalArgumentException("no boto4j contender named " + o.contender());
        }
    }

    private static void coldStart(Map<String, String> options) throws Exception {
        String contender = options.get("contender");
        URI server = URI.create(options.get("server"));
        switch (contender) {
            case "boto4j-sync" -> ColdStartProbe.run(contender, () -> new SyncLayer(server, ONE_CONNECTION),
                    SyncLayer::call);
            case "boto4j-async" -> ColdStartProbe.run(contender, () -> new AsyncLayer(server, ONE_CONNECTION),
                    Calls::awaitOne);
            default -> throw new IllegalArgumentException("no boto4j cold start for " + contender);
        }
    }
}
