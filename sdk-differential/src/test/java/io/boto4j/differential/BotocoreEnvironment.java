package io.boto4j.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Python interpreter with botocore {@value #BOTOCORE_VERSION} (the release whose models boto4j
 * bundles) that the differential tests drive. In order:
 * <ol>
 *   <li>the interpreter named by the system property {@code boto4j.differential.python} (an
 *       existing virtualenv's {@code bin/python}); it must import that botocore release;
 *   <li>a virtualenv under {@code target/botocore-venv}, made on first use with the
 *       {@code python3} on the PATH ({@code python3 -m venv}) and
 *       {@code pip install botocore==}{@value #BOTOCORE_VERSION} (pip's own configuration
 *       decides where the wheels come from: an index, or local wheels offline), kept until
 *       {@code mvn clean}.
 * </ol>
 * When neither works (no python3, no venv module, no way to install botocore, a configured
 * interpreter without it) the tests skip, and say why.
 */
final class BotocoreEnvironment {
    static final String BOTOCORE_VERSION = "1.43.107";
    private static final String PROPERTY = "boto4j.differential.python";
    private static final Path VENV = Path.of("target", "botocore-venv");

    private static volatile Result cached;

    /** An interpreter, or why there is none. */
    record Result(Path python, String whyNot) {
        boolean available() {
            return python != null;
        }
    }

    private BotocoreEnvironment() {
    }

    /** The interpreter (made once per JVM; later calls reuse the answer). */
    static synchronized Result python() {
        if (cached == null) {
            cached = find();
        }
        return cached;
    }

    private static Result find() {
        String configured = System.getProperty(PROPERTY, "");
        if (!configured.isBlank()) {
            Path given = Path.of(configured);
            String why = botocoreProblem(given);
            return why == null ? new Result(given, null)
                    : new Result(null, "-D" + PROPERTY + "=" + configured + " has no botocore " + BOTOCORE_VERSION
                            + " (" + why + ")");
        }
        Path python = VENV.resolve("bin").resolve("python").toAbsolutePath();
        if (Files.isExecutable(python) && botocoreProblem(python) == null) {
            return new Result(python, null);
        }
        try {
            String made = run(List.of("python3", "-m", "venv", "--clear", VENV.toString()), 120);
            if (made != null) {
                return new Result(null, "python3 cannot make a virtualenv (" + made + ")");
            }
            // No retries: without an index (offline, local wheels only) pip would wait on each.
            String installed = run(List.of(python.toString(), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", "--retries", "0", "botocore==" + BOTOCORE_VERSION), 600);
            if (installed != null) {
                return new Result(null, "pip cannot install botocore " + BOTOCORE_VERSION + " (" + installed + ")");
            }
            String why = botocoreProblem(python);
            return why == null ? new Result(python, null)
                    : new Result(null, "the new virtualenv has no botocore " + BOTOCORE_VERSION + " (" + why + ")");
        } catch (IOException e) {
            return new Result(null, "python3 is not available (" + e.getMessage() + ")");
        }
    }

    /** Null when the interpreter imports botocore {@value #BOTOCORE_VERSION}, else what is wrong. */
    private static String botocoreProblem(Path python) {
        try {
            return run(List.of(python.toString(), "-c", "import botocore, sys; v = botocore.__version__; "
                    + "sys.exit(None if v == '" + BOTOCORE_VERSION + "' else 'botocore ' + v + ' found')"), 60);
        } catch (IOException e) {
            return "cannot run it: " + e.getMessage();
        }
    }

    /** Runs a command; null when it succeeds, else the end of its output. */
    private static String run(List<String> command, int timeoutSeconds) throws IOException {
        // Output goes to a file, so that a command that hangs is still stopped at its timeout.
        Path log = Files.createTempFile("botocore-env", ".log");
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out after " + timeoutSeconds + " s";
            }
            if (p.exitValue() == 0) {
                return null;
            }
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            return "exit " + p.exitValue() + ": " + text.substring(Math.max(0, text.length() - 300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return "interrupted";
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
