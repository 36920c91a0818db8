package io.boto4j.bench.harness;

import java.util.List;

/**
 * One client under test, as the orchestrator starts it.
 *
 * @param name     the name in tables and RESULT lines
 * @param module   the bench module holding it: {@code boto4j} or {@code sdkv2} (its own class path)
 * @param mainClass the module's entry point
 * @param jdk25    whether it runs on the JDK 25 (virtual threads) instead of the base JDK
 * @param jvmArgs  JVM options of its own (beyond those every client gets)
 * @param loadArgs extra arguments of its load run (e.g. {@code --threads virtual})
 * @param label    what it is, for the table
 */
record Contender(String name, String module, String mainClass, boolean jdk25, List<String> jvmArgs,
                 List<String> loadArgs, String label) {

    static final String BOTO4J_MAIN = "io.boto4j.bench.boto4j.Boto4jBench";
    static final String SDKV2_MAIN = "io.boto4j.bench.sdkv2.SdkV2Bench";

    static final Contender CEILING = boto4j("vertx-ceiling", false, List.of(),
            "raw Vert.x HttpClient, pre-signed request");
    static final Contender ASYNC = boto4j("boto4j-async", false, List.of(), "boto4j Vert.x layer");
    static final Contender SYNC = boto4j("boto4j-sync", false, List.of(), "boto4j blocking layer, platform threads");
    static final Contender SYNC_JDK25 = boto4j("boto4j-sync-jdk25", true, List.of(),
            "boto4j blocking layer, platform threads, JDK 25");
    static final Contender SYNC_VIRTUAL = boto4j("boto4j-sync-virtual", true, List.of("--threads", "virtual"),
            "boto4j blocking layer, virtual threads, JDK 25");
    static final Contender NETTY = sdkv2("sdkv2-netty", List.of(), "SDK v2, Netty async client");
    static final Contender APACHE = sdkv2("sdkv2-apache", List.of(), "SDK v2, Apache 5 client, platform threads");
    /** HttpURLConnection keeps 5 idle connections per host unless told: sized like every other pool. */
    static final Contender URLCONNECTION = sdkv2("sdkv2-urlconnection", List.of("-Dhttp.maxConnections=256"),
            "SDK v2, URLConnection client, platform threads");

    static final List<Contender> ALL = List.of(CEILING, ASYNC, NETTY, SYNC, SYNC_VIRTUAL, SYNC_JDK25, APACHE,
            URLCONNECTION);

    private static Contender boto4j(String name, boolean jdk25, List<String> loadArgs, String label) {
        return new Contender(name, "boto4j", BOTO4J_MAIN, jdk25, List.of(), loadArgs, label);
    }

    private static Contender sdkv2(String name, List<String> jvmArgs, String label) {
        return new Contender(name, "sdkv2", SDKV2_MAIN, false, jvmArgs, List.of(), label);
    }

    static Contender named(String name) {
        return ALL.stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no contender named " + name));
    }
}
