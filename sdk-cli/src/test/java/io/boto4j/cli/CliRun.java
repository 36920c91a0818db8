package io.boto4j.cli;

import io.boto4j.core.config.ConfigEnvironment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** One in-process run of the CLI: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    /** Credentials and a region from the environment; no config files (they point nowhere). */
    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_REGION", "us-west-2");
        env.put("AWS_CONFIG_FILE", "/nonexistent/boto4j-test/config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-test/credentials");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        return env;
    }

    static CliRun run(String... args) {
        return run(environment(), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        return run(env, new ByteArrayInputStream(new byte[0]), false, args);
    }

    /**
     * A run with {@code in} as stdin; {@code terminal} says whether stderr is to be taken for a
     * terminal (progress bars drawn).
     */
    static CliRun run(Map<String, String> env, InputStream in, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Cli cli = new Cli(in, o, e, ConfigEnvironment.of(env, Path.of("/nonexistent/boto4j-test/home")), terminal);
        int code = cli.run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
