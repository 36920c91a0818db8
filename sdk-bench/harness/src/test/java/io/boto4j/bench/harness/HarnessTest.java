package io.boto4j.bench.harness;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The smoke test {@code mvn verify} runs for the concurrency benchmark: the parts work together; nothing is timed. */
class HarnessTest {

    @Test
    void histogramQuantilesFallInTheRightBucket() {
        Histogram h = new Histogram();
        for (long v = 1; v <= 1000; v++) {
            h.record(v * 1000);
        }
        assertEquals(1000, h.count());
        assertWithin(500_000, h.valueAt(0.5), 0.02);
        assertWithin(990_000, h.valueAt(0.99), 0.02);
        assertWithin(1_000_000, h.max(), 0.02);
        for (long v : new long[] {0, 1, 63, 64, 65, 1000, 123_456_789, Long.MAX_VALUE / 2}) {
            int i = Histogram.index(v);
            assertTrue(Histogram.lowerBound(i) <= v && v < Histogram.lowerBound(i + 1), "bucket of " + v);
        }
    }

    private static void assertWithin(long expected, long actual, double fraction) {
        assertTrue(Math.abs(actual - expected) <= expected * fraction, actual + " not within " + fraction + " of " + expected);
    }

    @Test
    void driverMeasuresABlockingTargetAgainstTheServer() throws Exception {
        try (LoadServer server = LoadServer.start(0)) {
            String endpoint = "http://127.0.0.1:" + server.port();
            LoadOptions options = LoadOptions.parse(new String[] {"--contender", "raw-socket", "--server", endpoint,
                    "--levels", "1,2", "--warmup", "0", "--level-warmup", "0.05", "--window", "0.2"});
            ThreadLocal<Socket> sockets = ThreadLocal.withInitial(() -> {
                try {
                    return new Socket("127.0.0.1", server.port());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            BlockingTarget get = () -> {
                Socket s = sockets.get();
                OutputStream out = s.getOutputStream();
                out.write("GET /b/k HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                int crlfs = 0;
                while (crlfs < 4) {
                    int c = in.read();
                    crlfs = (c == '\r' && crlfs % 2 == 0) || (c == '\n' && crlfs % 2 == 1) ? crlfs + 1 : 0;
                }
                Calls.checkBody(in.readNBytes(LoadServer.OBJECT_SIZE).length);
            };
            List<String> lines = captureStdout(() -> LoadDriver.run(options, get));
            assertEquals(2, lines.size(), lines.toString());
            Map<String, String> level = KeyValues.parse("LEVEL", lines.get(1));
            assertNotNull(level);
            assertEquals("2", level.get("concurrency"));
            assertEquals("0", level.get("errors"));
            assertTrue(Long.parseLong(level.get("calls")) >= 0);
            for (String key : List.of("rps", "p50us", "p99us", "cpuUsPerCall", "serverCpuPct", "jitMs", "allocBytesPerCall")) {
                assertNotNull(level.get(key), key);
            }
        }
    }

    @Test
    void reportPrintsTheFixedRatioNamesWithBoto4jAboveOneWhenFaster() {
        Report report = new Report();
        report.level(Contender.ASYNC, level("boto4j-async", 64, 300));
        report.level(Contender.NETTY, level("sdkv2-netty", 64, 100));
        report.level(Contender.CEILING, level("vertx-ceiling", 64, 600));
        report.coldStart(Contender.SYNC, coldStart(1_000_000, 1_500_000));
        report.coldStart(Contender.APACHE, coldStart(1_000_000, 2_000_000));
        String out = report.render();
        assertTrue(out.contains("RESULT ratio.async_vs_sdkv2_netty.get.c64 3.000 ratio\n"), out);
        assertTrue(out.contains("RESULT ratio.async_vs_ceiling.get.c64 0.5000 ratio\n"), out);
        assertTrue(out.contains("RESULT ratio.coldstart_sync_vs_sdkv2_apache 2.000 ratio\n"), out);
        for (String name : List.of("ratio.sync_vs_sdkv2_apache.get.c1", "ratio.sync_vs_sdkv2_apache.get.c64",
                "ratio.coldstart_async_vs_sdkv2_netty")) {
            assertTrue(out.contains("RESULT " + name + " NaN ratio\n"), name + " missing: " + out);
        }
    }

    private static Map<String, String> level(String contender, int concurrency, double rps) {
        return KeyValues.parse("LEVEL", KeyValues.format("LEVEL", Map.of("contender", contender, "jdk", 17,
                "concurrency", concurrency, "rps", rps, "calls", 1000)));
    }

    private static Map<String, String> coldStart(long spawned, long firstCall) {
        return new java.util.HashMap<>(Map.of("spawnedEpochUs", Long.toString(spawned), "mainEpochUs", "0",
                "builtEpochUs", "0", "firstCallEpochUs", Long.toString(firstCall)));
    }

    private interface Action {
        void run() throws Exception;
    }

    private static List<String> captureStdout(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
