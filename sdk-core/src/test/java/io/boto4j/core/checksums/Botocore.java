package io.boto4j.core.checksums;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/python} under botocore 1.43.107 (the interpreter of
 * {@code -Dboto4j.botocore.python}, by default the project's {@code /work/venv-botocore}); the
 * differential tests that use it are skipped, with a message, where it is absent.
 */
public final class Botocore {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PYTHON = System.getProperty("boto4j.botocore.python", "/work/venv-botocore/bin/python");

    private Botocore() {
    }

    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)),
                "botocore 1.43.107 is not installed at " + PYTHON + " (-Dboto4j.botocore.python): comparison skipped");
    }

    /** The script's output, one JSON value per line, for {@code input} on its standard input. */
    public static List<JsonNode> run(String script, Object input) throws IOException, InterruptedException {
        Path path = Path.of("src/test/python", script);
        Process p = new ProcessBuilder(PYTHON, path.toString()).start();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        try (OutputStream in = p.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(input));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(script + " failed (" + p.exitValue() + "): "
                    + new String(errors.join(), StandardCharsets.UTF_8));
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
