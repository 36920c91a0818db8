package io.boto4j.bench.boto4j;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * boto4j's scale probes, each in a fresh JVM: how long loading every bundled service model
 * takes, and what clients cost once a service is loaded (time to build another, heap and
 * threads with 1, 10 and 100 of them). Prints {@code SCALE key_unit=value …} lines.
 */
final class Scale {
    private static final int[] CLIENT_COUNTS = {1, 10, 100};

    private Scale() {
    }

    /** Every bundled service model (extras merged), then every endpoint rule set, loaded one after the other. */
    static void models() {
        Map<String, Object> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ModelLoader loader = ModelLoader.defaultLoader();
        SortedSet<String> services = loader.availableServices(ModelLoader.SERVICE);
        for (String service : services) {
            loader.serviceModel(service);
        }
        long t1 = System.nanoTime();
        int ruleSets = 0;
        for (String service : services) {
            if (loader.endpointRuleSet(service).isPresent()) {
                ruleSets++;
            }
        }
        long t2 = System.nanoTime();
        out.put("models_count", services.size());
        out.put("all_models_ms", (t1 - t0) / 1_000_000);
        out.put("rule_sets_count", ruleSets);
        out.put("all_rule_sets_ms", (t2 - t1) / 1_000_000);
        out.put("all_models_live_heap_kb", liveHeapKb());
        print(out);
    }

    /** Clients of an already-loaded S3 model: build time and what 1, 10, 100 of them hold. */
    static void clients(URI server) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseline_live_heap_kb", liveHeapKb());
        measure("sync", () -> SyncClient.create("s3", Settings.config(server, 10)), SyncClient::close, out);
        Vertx vertx = Vertx.vertx();
        try {
            measure("async", () -> AsyncClient.createBlocking(vertx, "s3", Settings.config(server, 10)),
                    c -> c.close().await(), out);
        } finally {
            vertx.close().await();
        }
        print(out);
    }

    private interface Closer<T> {
        void close(T client) throws Exception;
    }

    private static <T> void measure(String layer, Supplier<T> create, Closer<T> close, Map<String, Object> out)
            throws Exception {
        List<T> clients = new ArrayList<>();
        long[] nanos = new long[CLIENT_COUNTS[CLIENT_COUNTS.length - 1]];
        long threads0 = ManagementFactory.getThreadMXBean().getThreadCount();
        long heap0 = liveHeapKb();
        int next = 0;
        for (int count : CLIENT_COUNTS) {
            while (clients.size() < count) {
                long t = System.nanoTime();
                clients.add(create.get());
                nanos[next++] = System.nanoTime() - t;
            }
            out.put(layer + "_heap_" + count + "_clients_kb", liveHeapKb() - heap0);
            out.put(layer + "_threads_" + count + "_clients_count",
                    ManagementFactory.getThreadMXBean().getThreadCount() - threads0);
        }
        long[] later = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(later);
        out.put(layer + "_first_client_ms", nanos[0] / 1_000_000.0);
        out.put(layer + "_second_client_us", nanos[1] / 1_000.0);
        out.put(layer + "_later_clients_median_us", later[later.length / 2] / 1_000.0);
        int n = clients.size();
        out.put(layer + "_heap_per_client_kb", ((long) out.get(layer + "_heap_" + n + "_clients_kb")
                - (long) out.get(layer + "_heap_1_clients_kb")) / (double) (n - 1));
        for (T c : clients) {
            close.close(c);
        }
    }

    private static long liveHeapKb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
    }

    private static void print(Map<String, Object> values) {
        StringBuilder line = new StringBuilder("SCALE");
        values.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
        System.out.flush();
    }
}
