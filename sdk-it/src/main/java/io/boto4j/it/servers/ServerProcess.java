package io.boto4j.it.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One server running as a child process: started in a private temporary directory with its
 * output in {@code server.log}, waited for until it answers HTTP, and on {@link #close()}
 * destroyed together with its descendants (launcher scripts such as pyenv shims fork the real
 * server) and its directory deleted. A JVM shutdown hook does the same if the tests never
 * close it, e.g. when surefire kills a hung run.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path workDir;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private ServerProcess(String name, Process process, Path workDir) {
        this.name = name;
        this.process = process;
        this.workDir = workDir;
        this.shutdownHook = new Thread(this::destroy, "stop " + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** What to run; {@code workDir} is the fresh temporary directory the process runs in. */
    @FunctionalInterface
    public interface Command {
        List<String> build(Path workDir) throws IOException;
    }

    /**
     * Starts {@code command} and waits until an HTTP GET of {@code readinessUrl} gets any
     * answer. On failure (early exit or timeout) everything is cleaned up and the exception
     * message carries the end of the server's log.
     */
    public static ServerProcess start(String name, Command command, Map<String, String> environment,
            URI readinessUrl, Duration timeout) {
        Path workDir;
        try {
            workDir = Files.createTempDirectory("boto4j-it-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command.build(workDir))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("server.log").toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            deleteRecursively(workDir);
            throw new ServerStartException("could not launch " + name + ": " + e.getMessage(), e);
        }
        ServerProcess server = new ServerProcess(name, process, workDir);
        try {
            server.awaitReady(readinessUrl, timeout);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void awaitReady(URI url, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new ServerStartException(name + " exited with code " + process.exitValue()
                        + " before answering " + url + "\n" + logTail());
            }
            try {
                http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;  // any status will do: the server is listening and speaking HTTP
            } catch (IOException notYet) {
                sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerStartException("interrupted while waiting for " + name, e);
            }
        }
        throw new ServerStartException(name + " did not answer " + url + " within " + timeout
                + "\n" + logTail());
    }

    /** The last lines of the server's output, for failure messages. */
    public String logTail() {
        Path log = workDir.resolve("server.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "--- last " + tail.size() + " lines of " + name + "'s log ---\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return "(no log from " + name + ": " + e.getMessage() + ")";
        }
    }

    /** The launched process, for tests of the harness itself. */
    ProcessHandle processHandle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        destroy();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing left to unregister
        }
    }

    private synchronized void destroy() {
        if (closed) {
            return;
        }
        closed = true;
        // Collect the descendants first: once the parent dies they are re-parented and lost.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteRecursively(workDir);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp dir must not fail a test run
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "ServerProcess[" + name + ", pid=" + process.pid() + "]";
    }
}
