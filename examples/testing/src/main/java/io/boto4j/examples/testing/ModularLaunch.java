package io.boto4j.examples.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own, launched as a user launches a modular application:
 * {@code java --module-path ... --module app/main.Class}, and nothing more. Surefire's module-path
 * runs add {@code --add-modules ALL-MODULE-PATH}, which resolves every module whether or not
 * anything needs it; a launch without it is what proves that JPMS service binding, and only that,
 * brings in the modules that {@code provides} what {@code io.boto4j.core} {@code uses}.
 *
 * <p>The module path is the test JVM's own ({@code jdk.module.path}: the module's classes and its
 * runtime dependencies, no test classes). The child gets a home directory of its own and none of
 * the parent's {@code AWS_*} variables, so that no user configuration leaks into it.
 */
public final class ModularLaunch {
    private static final long TIMEOUT_SECONDS = 180;

    /** How the child JVM ended and what it printed. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** The {@code name=value} lines of the output, in order. */
        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            stdout.lines().forEach(line -> {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            });
            return values;
        }
    }

    private ModularLaunch() {
    }

    /** Whether this JVM runs on the module path (so that its module path can be handed on). */
    public static boolean available() {
        return System.getProperty("jdk.module.path") != null;
    }

    /**
     * Runs {@code module/mainClass} with {@code args} and the extra environment {@code env}, in
     * {@code home} as its home directory; waits for it (a few minutes at most) and fails when it
     * exits with another code than 0, showing what it wrote.
     */
    public static Result run(String module, String mainClass, Map<String, String> env, Path home, String... args) {
        List<String> command = command(module, mainClass, List.of(), args);
        try {
            Path out = Files.createTempFile(home, "stdout", ".txt");
            Path err = Files.createTempFile(home, "stderr", ".txt");
            ProcessBuilder builder = builder(command, env, home).redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(module + "/" + mainClass + " did not finish within "
                        + TIMEOUT_SECONDS + " s; it wrote:\n" + Files.readString(out) + Files.readString(err));
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            if (result.exitCode() != 0) {
                throw new IllegalStateException(module + "/" + mainClass + " exited with " + result.exitCode()
                        + "; stdout:\n" + result.stdout() + "stderr:\n" + result.stderr());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + module, e);
        }
    }

    /**
     * Starts {@code module/mainClass} as {@link #run} does, with {@code javaOptions} (system
     * properties...) before the module, and returns at once: for tests that talk to the process
     * while it runs (its output and error streams are pipes the caller must read) or stop it.
     */
    public static Process start(String module, String mainClass, Map<String, String> env, Path home,
                                List<String> javaOptions, String... args) {
        List<String> command = command(module, mainClass, javaOptions, args);
        try {
            return builder(command, env, home).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        }
    }

    private static List<String> command(String module, String mainClass, List<String> javaOptions, String... args) {
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath == null) {
            throw new IllegalStateException("this JVM does not run on the module path: nothing to hand on");
        }
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m"));
        command.addAll(javaOptions);
        command.addAll(List.of("--module-path", modulePath, "--module", module + "/" + mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The child's home is {@code home}, and of the parent's environment it keeps no {@code AWS_*} variable. */
    private static ProcessBuilder builder(List<String> command, Map<String, String> env, Path home) {
        List<String> withHome = new ArrayList<>(command);
        withHome.add(1, "-Duser.home=" + home);
        ProcessBuilder builder = new ProcessBuilder(withHome);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(Objects.requireNonNull(env, "env"));
        return builder;
    }
}
