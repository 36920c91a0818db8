package io.boto4j.it.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that starts a Java server with the JDK running the tests. */
final class Java {
    private Java() {
    }

    /** {@code java} with a small heap and flags that favour start-up time over peak speed. */
    static List<String> command(String... args) {
        List<String> command = java("256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of(args));
        return command;
    }

    /**
     * {@code java} for a server that holds and moves a lot of data (s3proxy's in-memory store): a
     * larger heap, and the full JIT, since code compiled by C1 alone hashes and copies bodies
     * several times slower (s3proxy took 100 MiB uploads at 8 MB/s with it, 25 to 60 without).
     */
    static List<String> forData(String maxHeap, String... args) {
        List<String> command = java(maxHeap);
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> java(String maxHeap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+UseSerialGC");
        return command;
    }
}
