package io.boto4j.bench;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The smoke check {@code mvn verify} runs instead of the benchmarks: JMH's annotation processor
 * listed every benchmark, and each benchmark class and its generated harness load and link with
 * the peer SDK present. Nothing is timed, nothing is sent.
 */
class BenchmarksLoadTest {

    @Test
    void everyBenchmarkIsListedAndLoads() throws Exception {
        List<String[]> entries = benchmarkList();
        Set<String> names = new TreeSet<>();
        ClassLoader loader = BenchmarksLoadTest.class.getClassLoader();
        for (String[] e : entries) {
            names.add(simpleName(e[0]) + "." + e[2]);
            // Linking the methods loads every type in their signatures (clients, states, SDK v2 types).
            Class.forName(e[0], false, loader).getDeclaredMethods();
            Class.forName(e[1], false, loader).getDeclaredMethods();
        }
        assertEquals(new TreeSet<>(List.of(
                "ChecksumBenchmark.oneMebibyte",
                "ClientStartupBenchmark.boto4jAsync",
                "ClientStartupBenchmark.boto4jSync",
                "ClientStartupBenchmark.sdkV2Async",
                "ClientStartupBenchmark.sdkV2Sync",
                "GetObjectBenchmark.baselineJdkHttpClient",
                "GetObjectBenchmark.boto4jAsync",
                "GetObjectBenchmark.boto4jSync",
                "GetObjectBenchmark.boto4jSyncCommonPool2",
                "GetObjectBenchmark.sdkV2Async",
                "GetObjectBenchmark.sdkV2Sync",
                "SerializeAndSignBenchmark.boto4jDynamoDbPutItemCanned",
                "SerializeAndSignBenchmark.boto4jDynamoDbPutItemDryRun",
                "SerializeAndSignBenchmark.boto4jS3GetObjectCanned",
                "SerializeAndSignBenchmark.boto4jS3PutObjectCanned",
                "SerializeAndSignBenchmark.boto4jS3PutObjectDryRun",
                "SerializeAndSignBenchmark.sdkV2DynamoDbPutItemCanned",
                "SerializeAndSignBenchmark.sdkV2S3PutObjectCanned")), names);
    }

    /** Each line of JMH's list: benchmark class, generated class, method (length-prefixed strings without spaces here). */
    private static List<String[]> benchmarkList() throws IOException {
        List<String[]> entries = new ArrayList<>();
        try (InputStream in = BenchmarksLoadTest.class.getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList: JMH's annotation processor did not run");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] t = line.split(" ");
                if (t.length > 9 && t[0].equals("JMH")) {
                    entries.add(new String[] {t[3], t[6], t[9]});
                }
            }
        }
        return entries;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
