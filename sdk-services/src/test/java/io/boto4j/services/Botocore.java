package io.boto4j.services;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * botocore 1.43.107 as the reference: {@code src/test/python/botocore_services.py} run by the
 * interpreter of {@code -Dboto4j.botocore.python} (by default the project's
 * {@code /work/venv-botocore}), in an environment with no AWS settings or config files, so that
 * only the cases' own settings count. Tests that need it are skipped, with a message, where it is
 * absent.
 */
final class Botocore {
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final String PYTHON = System.getProperty("boto4j.botocore.python", "/work/venv-botocore/bin/python");
    private static final Path SCRIPT = Path.of("src/test/python/botocore_services.py");

    private Botocore() {
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)),
                "botocore 1.43.107 is not installed at " + PYTHON + " (-Dboto4j.botocore.python): comparison skipped");
    }

    /** The driver's answer to each case, in order. */
    static List<JsonNode> run(List<? extends Map<String, ?>> cases) {
        assumeAvailable();
        try {
            ProcessBuilder builder = new ProcessBuilder(PYTHON, SCRIPT.toString());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("BOTO"));
            env.remove("_X_AMZN_TRACE_ID");
            env.put("AWS_CONFIG_FILE", "/dev/null");
            env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            Process p = builder.start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            try (OutputStream in = p.getOutputStream()) {
                in.write(JSON.writeValueAsBytes(cases));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(SCRIPT + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(SCRIPT + " failed (" + p.exitValue() + "): "
                        + new String(errors.join(), StandardCharsets.UTF_8));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    answers.add(JSON.readTree(line));
                }
            }
            if (answers.size() != cases.size()) {
                throw new AssertionError(SCRIPT + " answered " + answers.size() + " of " + cases.size() + " cases: "
                        + new String(errors.join(), StandardCharsets.UTF_8));
            }
            return answers;
        } catch (IOException e) {
            throw new AssertionError("could not run " + SCRIPT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + SCRIPT, e);
        }
    }

    /** One case's answer. */
    static JsonNode run(Map<String, ?> aCase) {
        return run(List.of(aCase)).get(0);
    }
}
