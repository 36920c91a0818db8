package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One running {@code botocore_driver.py}: JSON lines in, JSON lines out, matched by id. Requests
 * are pipelined: {@link #send} writes a line and returns at once, a reader thread completes the
 * futures, so that the Java side works on the next case while botocore works on this one.
 */
final class BotocoreDriver implements AutoCloseable {
    /** Floats as the decimal text Python wrote (compared with boto4j's by value, see {@link Bodies}). */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Path SCRIPT = Path.of("src", "test", "python", "botocore_driver.py");

    private final Process process;
    private final BufferedWriter in;
    private final Thread reader;
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final StringBuffer stderr = new StringBuffer();
    private volatile IOException broken;
    private BufferedReader stdoutReader;

    private BotocoreDriver(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.reader = new Thread(this::readAnswers, "botocore-driver-reader");
        this.reader.setDaemon(true);
        Thread errors = new Thread(this::drainStderr, "botocore-driver-stderr");
        errors.setDaemon(true);
        errors.start();
    }

    /**
     * Starts the driver; the skip reason when botocore {@value BotocoreEnvironment#BOTOCORE_VERSION}
     * is not available.
     *
     * @param settings {@code signingTime} (ISO-8601) and {@code sessionToken}
     */
    static Started start(ObjectNode settings) throws IOException {
        BotocoreEnvironment.Result python = BotocoreEnvironment.python();
        if (!python.available()) {
            return new Started(null, python.whyNot());
        }
        ProcessBuilder pb = new ProcessBuilder(python.python().toString(), SCRIPT.toString(), settings.toString());
        // botocore must read neither the machine's profiles and credentials nor its AWS_* settings.
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        pb.environment().put("AWS_CONFIG_FILE", "/nonexistent/boto4j-differential/config");
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-differential/credentials");
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        pb.environment().put("PYTHONHASHSEED", "0");
        BotocoreDriver driver = new BotocoreDriver(pb.start());
        BufferedReader out = driver.stdout();
        String first = out.readLine();
        JsonNode ready = first == null ? null : JSON.readTree(first);
        if (ready == null || !ready.path("ready").asBoolean()) {
            String why = ready == null ? "the driver exited: " + driver.stderr : ready.path("reason").asText();
            driver.close();
            return new Started(null, why);
        }
        String version = ready.path("botocore").asText();
        if (!version.equals(BotocoreEnvironment.BOTOCORE_VERSION)) {
            driver.close();
            return new Started(null, "botocore " + version + " found, the comparison needs "
                    + BotocoreEnvironment.BOTOCORE_VERSION);
        }
        driver.reader.start();
        return new Started(driver, null);
    }

    /** A started driver, or why none could start. */
    record Started(BotocoreDriver driver, String whyNot) {
    }

    private synchronized BufferedReader stdout() {
        if (stdoutReader == null) {
            stdoutReader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }
        return stdoutReader;
    }

    /** Sends one message (its {@code id} is set here); the answer arrives on the future. */
    CompletableFuture<JsonNode> send(ObjectNode message) {
        long id = ids.incrementAndGet();
        message.put("id", id);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (in) {
                if (broken != null) {
                    throw broken;
                }
                in.write(message.toString());
                in.write('\n');
                in.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            answer.completeExceptionally(new UncheckedIOException("botocore driver: " + stderr, e));
        }
        return answer;
    }

    /** Sends and waits. */
    JsonNode call(ObjectNode message) {
        return send(message).join();
    }

    private void readAnswers() {
        BufferedReader out = stdout();
        try {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode answer = JSON.readTree(line);
                CompletableFuture<JsonNode> f = pending.remove(answer.path("id").asLong());
                if (f != null) {
                    f.complete(answer);
                }
            }
            broken = new IOException("the botocore driver exited: " + stderr);
        } catch (IOException e) {
            broken = e;
        }
        pending.values().forEach(f -> f.completeExceptionally(broken));
        pending.clear();
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (stderr.length() < 20_000) {
                    stderr.append(line).append('\n');
                }
            }
        } catch (IOException ignored) {
            // the process is gone; what it wrote is kept
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing its stdin is how the driver is told to stop
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
