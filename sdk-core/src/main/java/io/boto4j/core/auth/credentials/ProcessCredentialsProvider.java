package io.boto4j.core.auth.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@code credential_process}: runs the command (no shell) on the executor, never on the
 * caller's thread, and reads its {@code Version: 1} JSON from stdout. On failure the message
 * carries the exit code and the process's stderr, never its stdout (which holds secrets).
 */
public final class ProcessCredentialsProvider implements CredentialsProvider {
    private static final int MAX_STDERR_IN_MESSAGE = 2000;

    private final Supplier<CompletableFuture<Optional<Profile>>> profile;
    private final String fixedCommand;
    private final Executor executor;

    /**
     * The active profile's {@code credential_process}; answers with {@link NoCredentialsException}
     * when the profile has none.
     *
     * @param context supplies the profile and the executor the process is run from
     */
    public ProcessCredentialsProvider(ProviderContext context) {
        this(context, null);
    }

    /** The named profile's {@code credential_process} (the active profile when null). */
    ProcessCredentialsProvider(ProviderContext context, String profileName) {
        this.profile = () -> context.profile(profileName);
        this.fixedCommand = null;
        this.executor = context.executor();
    }

    private ProcessCredentialsProvider(String command, Executor executor) {
        this.profile = null;
        this.fixedCommand = command;
        this.executor = executor;
    }

    /**
     * A given command line, independent of any profile.
     *
     * @param command the command line, split into words as a POSIX shell would (quotes
     *                honoured) but run without a shell
     * @param executor where the process is started and waited for
     * @return a provider that runs the command on every resolve
     */
    public static ProcessCredentialsProvider ofCommand(String command, Executor executor) {
        return new ProcessCredentialsProvider(command, executor);
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        if (fixedCommand != null) {
            return run(fixedCommand, null);
        }
        return profile.get().thenCompose(p -> {
            Optional<String> command = p.flatMap(x -> x.get("credential_process"));
            if (command.isEmpty()) {
                return CompletableFuture.failedFuture(new NoCredentialsException("No credential_process configured"));
            }
            return run(command.get(), p.get().get("aws_account_id").orElse(null));
        });
    }

    private CompletableFuture<Credentials> run(String command, String profileAccountId) {
        return CompletableFuture.supplyAsync(() -> execute(command), executor)
                .thenApply(stdout -> parse(stdout, profileAccountId));
    }

    private static String execute(String command) {
        List<String> argv = ShellWords.split(command);
        if (argv.isEmpty()) {
            throw new CredentialsException("credential_process is empty");
        }
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new CredentialsException("Error when retrieving credentials from custom-process: cannot start '"
                    + argv.get(0) + "': " + e.getMessage());
        }
        StderrDrain stderr = new StderrDrain(process.getErrorStream());
        stderr.start();
        try {
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            stderr.join();
            if (exit != 0) {
                throw new CredentialsException("Error when retrieving credentials from custom-process: exit code "
                        + exit + (stderr.text().isBlank() ? "" : ": " + stderr.text().strip()));
            }
            return stdout;
        } catch (IOException e) {
            process.destroy();
            throw new CredentialsException("Error when retrieving credentials from custom-process: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new CredentialsException("Interrupted while running credential_process");
        }
    }

    private static Credentials parse(String stdout, String profileAccountId) {
        String source = "credential_process";
        JsonNode json = CredentialsJson.parse(stdout, source);
        JsonNode version = json.get("Version");
        if (version == null || !version.isInt() || version.intValue() != 1) {
            throw new CredentialsException("Error when retrieving credentials from custom-process: Unsupported version '"
                    + (version == null ? "<Version key not provided>" : version.asText())
                    + "' for credential process provider, supported versions: 1");
        }
        Credentials credentials = CredentialsJson.credentials(json, "SessionToken", false, source);
        if (credentials.accountId() == null && profileAccountId != null) {
            credentials = credentials.withAccountId(profileAccountId);
        }
        return credentials;
    }

    @Override
    public String toString() {
        return "ProcessCredentialsProvider";
    }

    /** Reads stderr on its own thread so a chatty process cannot fill the pipe and stall. */
    private static final class StderrDrain extends Thread {
        private final InputStream in;
        private volatile String text = "";

        StderrDrain(InputStream in) {
            super("boto4j-credential-process-stderr");
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text = all.length() > MAX_STDERR_IN_MESSAGE ? all.substring(0, MAX_STDERR_IN_MESSAGE) + "..." : all;
            } catch (IOException ignored) {
                // the exit code still reports the failure
            }
        }

        String text() {
            return text;
        }
    }
}
