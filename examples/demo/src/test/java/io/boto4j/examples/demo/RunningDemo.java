package io.boto4j.examples.demo;

import io.boto4j.examples.testing.ModularLaunch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The demo in a JVM of its own, launched on the module path as {@code ./demo} launches it, for the
 * tests that interrupt it: they wait for a line of its output, then stop it as Ctrl-C would (the
 * JVM runs its shutdown hooks on SIGINT and SIGTERM alike).
 */
final class RunningDemo implements AutoCloseable {
    private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outReader;
    private final Thread errReader;

    private RunningDemo(Process process) {
        this.process = process;
        this.outReader = drain(process.getInputStream(), out, "demo stdout");
        this.errReader = drain(process.getErrorStream(), err, "demo stderr");
    }

    /**
     * Starts the demo with {@code args}, {@code env} as its only {@code AWS_*} variables and
     * {@code home} as its home; it finds the servers where this JVM was told they are.
     */
    static RunningDemo start(Map<String, String> env, Path home, String... args) {
        List<String> serverLocations = List.of(
                "-Dboto4j.it.s3proxy.jar=" + System.getProperty("boto4j.it.s3proxy.jar"),
                "-Dboto4j.it.elasticmq.lib=" + System.getProperty("boto4j.it.elasticmq.lib"));
        return new RunningDemo(ModularLaunch.start("io.boto4j.examples.demo", Demo.class.getName(), env, home,
                serverLocations, args));
    }

    private static Thread drain(InputStream stream, StringBuffer into, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    into.append(line).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** The process, e.g. for its descendants (the servers it started). */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Waits until the demo has printed a line containing {@code text}. */
    void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!out.toString().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the demo ended before printing \"" + text + "\":\n" + out + err);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" within " + timeout + ":\n" + out + err);
            }
            Thread.sleep(50);
        }
    }

    /** Stops the demo as Ctrl-C does and waits for its end; returns its exit code. */
    int interrupt() throws InterruptedException {
        // Not Process.destroy(): it also closes our ends of the pipes, losing what the shutdown hooks print.
        process.toHandle().destroy();
        if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the demo did not end within " + EXIT_TIMEOUT + " of being interrupted:\n" + out + err);
        }
        outReader.join(EXIT_TIMEOUT.toMillis());
        errReader.join(EXIT_TIMEOUT.toMillis());
        return process.exitValue();
    }

    /** What it printed so far. */
    String out() {
        return out.toString();
    }

    /** What it printed on its error stream so far. */
    String err() {
        return err.toString();
    }

    /** Kills it if a test failed before stopping it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
