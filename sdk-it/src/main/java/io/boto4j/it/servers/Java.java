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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of(args));
        return command;
    }
}
