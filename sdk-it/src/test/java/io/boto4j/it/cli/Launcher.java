package io.boto4j.it.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code ./boto4j} launcher of this repository, started as a user starts it, in a process of
 * its own: for what only a process shows (a signal, the module path the script builds). It needs
 * sdk-cli's jar and {@code target/lib}, which the reactor packages before this module's tests.
 */
final class Launcher {
    /** The repository's root: surefire runs this module's tests in {@code sdk-it}. */
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().resolve("boto4j");

    private Launcher() {
    }

    /**
     * Starts {@code ./boto4j args} with only {@code env} (and PATH) as its environment, {@code home}
     * as its home directory, stdout and stderr into files in {@code home}; stdin is a pipe.
     */
    static Process start(Map<String, String> env, Path home, String... args) throws IOException {
        if (!Files.isExecutable(SCRIPT) || !Files.isDirectory(SCRIPT.resolveSibling("sdk-cli/target/lib"))) {
            throw new IllegalStateException(SCRIPT + " cannot run: sdk-cli is not packaged (run the reactor's"
                    + " package phase, e.g. mvn -B verify -pl sdk-it -am)");
        }
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("launcher.out").toFile())
                .redirectError(home.resolve("launcher.err").toFile());
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path);
        builder.environment().put("HOME", home.toString());
        // No archive training in sdk-cli/target while tests run: start-up speed is not tested here.
        builder.environment().put("BOTO4J_CDS", "0");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** What the process wrote to stderr. */
    static String stderr(Path home) throws IOException {
        return Files.readString(home.resolve("launcher.err"));
    }
}
