package io.boto4j.testsupport;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * botocore 1.43.107 as the reference: runs a script of the calling module's {@code src/test/python}
 * under the interpreter of {@code -Dboto4j.botocore.python} (by default the project's
 * {@code /work/venv-botocore}), with the input as JSON on its standard input and one JSON value a
 * line on its standard output. The script sees no AWS settings or config files of the machine, so
 * that only the input's own settings count. Tests that need it are skipped, with a message, where
 * the interpreter is absent.
 */
public final class Botocore {
    /** Reads and writes the scripts' JSON; Python writes NaN and Infinity as bare words. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private static final String PYTHON = System.getProperty("boto4j.botocore.python", "/work/venv-botocore/bin/python");
    private static final Path SCRIPTS = Path.of("src/test/python");
    private static final int TIMEOUT_SECONDS = 120;

    private Botocore() {
    }

    /** Skips the calling test, saying why, when the botocore interpreter is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)),
                "botocore 1.43.107 is not installed at " + PYTHON + " (-Dboto4j.botocore.python): comparison skipped");
    }

    /**
     * The output of {@code script} (a file name in {@code src/test/python}), one JSON value a line,
     * for {@code input} written as JSON to its standard input. Fails the test when the script fails,
     * does not finish within two minutes, or cannot be started.
     */
    public static List<JsonNode> run(String script, Object input) {
        Path path = SCRIPTS.resolve(script);
        try {
            Process p = withoutAwsSettings(new ProcessBuilder(PYTHON, path.toString())).start();
            // Read standard error alongside, so that a chatty script cannot block on a full pipe.
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
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(script + " did not finish in " + TIMEOUT_SECONDS + " s");
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
        } catch (IOException e) {
            throw new AssertionError("could not run " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + path, e);
        }
    }

    /**
     * The answer of {@code script} to each case, in order, for a script that answers every case of
     * its input list with one line; skips the test where botocore is absent and fails it when the
     * script answers a different number of cases.
     */
    public static List<JsonNode> answers(String script, List<?> cases) {
        assumeAvailable();
        List<JsonNode> answers = run(script, cases);
        if (answers.size() != cases.size()) {
            throw new AssertionError(script + " answered " + answers.size() + " of " + cases.size() + " cases");
        }
        return answers;
    }

    /** The answer of {@code script} to one case (see {@link #answers}). */
    public static JsonNode answer(String script, Map<String, ?> aCase) {
        return answers(script, List.of(aCase)).get(0);
    }

    /** Keeps the machine's AWS environment and config files away from the script. */
    private static ProcessBuilder withoutAwsSettings(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("BOTO"));
        env.remove("_X_AMZN_TRACE_ID");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return builder;
    }
}
