package io.boto4j.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Starts the benchmark's JVMs: each with its module's own class path (the module's jar and
 * its {@code target/lib}), its JDK, and pinned to its core with {@code taskset} where the
 * machine has it. Every process started here is ended when the orchestrator exits.
 */
final class Jvms {
    private final Path root;
    private final Path baseJava;
    private final Path java25;
    private final boolean taskset = Files.isExecutable(Path.of("/usr/bin/taskset"));
    private final List<Process> started = new CopyOnWriteArrayList<>();

    Jvms(Path root, Path baseJava, Path java25) {
        this.root = root;
        this.baseJava = baseJava;
        this.java25 = java25;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(Process::destroyForcibly)));
    }

    boolean pinned() {
        return taskset;
    }

    boolean hasJava25() {
        return java25 != null;
    }

    Path java(boolean jdk25) {
        return jdk25 ? java25 : baseJava;
    }

    /**
     * The class path of bench module {@code module} ({@code harness}, {@code boto4j}, {@code sdkv2}):
     * its jar under {@code target/}, then {@code target/lib/*} (copied there by its package phase).
     */
    String classPath(String module) throws IOException {
        Path target = root.resolve("sdk-bench").resolve(module).resolve("target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("sdk-bench-" + module + "-") && n.endsWith(".jar")
                        && !n.endsWith("-sources.jar") && !n.endsWith("-javadoc.jar") && !n.endsWith("-tests.jar");
            }).findFirst().orElse(null);
        } catch (IOException e) {
            jar = null;
        }
        if (jar == null) {
            throw new IOException("no jar of sdk-bench/" + module + " under " + target
                    + ": build first (mvn -B package -DskipTests, or mvn -B install -DskipTests)");
        }
        Path lib = target.resolve("lib");
        if (!module.equals("harness") && !Files.isDirectory(lib)) {
            throw new IOException("no " + lib + ": the module's package phase copies its class path there");
        }
        return jar + (Files.isDirectory(lib) ? java.io.File.pathSeparator + lib + "/*" : "");
    }

    /** Starts {@code mainClass} of {@code module} on {@code cpu} (null: unpinned), stderr to {@code log}. */
    Process start(String module, boolean jdk25, List<String> jvmArgs, String mainClass, List<String> args,
                  String cpu, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (taskset && cpu != null) {
            command.addAll(List.of("/usr/bin/taskset", "-c", cpu));
        }
        command.add(java(jdk25).toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath(module), mainClass));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        // No AWS settings of the machine's user reach any contender.
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    /** Reads {@code p}'s standard output to its end, line by line, then waits for it to exit. */
    static int drain(Process p, Consumer<String> lines) throws IOException, InterruptedException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.accept(line);
            }
        }
        return p.waitFor();
    }

    void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        started.remove(p);
    }
}
