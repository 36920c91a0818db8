package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.TOKEN;
import static io.boto4j.core.auth.credentials.TestSupport.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCredentialsTest {
    @TempDir
    Path dir;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private String script(String body) throws IOException {
        Path file = dir.resolve("creds-" + System.nanoTime() + ".sh");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        assertTrue(file.toFile().setExecutable(true));
        return file.toString();
    }

    private CompletableFuture<Credentials> run(String command) {
        return ProcessCredentialsProvider.ofCommand(command, executor).resolve();
    }

    @Test
    void readsVersionOneOutput() throws Exception {
        String cmd = script("cat <<'EOF'\n{\"Version\": 1, \"AccessKeyId\": \"AKPROC\", \"SecretAccessKey\": \"" + SECRET
                + "\", \"SessionToken\": \"" + TOKEN + "\", \"Expiration\": \"2030-01-01T10:00:00Z\", \"AccountId\": \"111122223333\"}\nEOF");
        Credentials c = run(cmd).get();
        assertEquals("AKPROC", c.accessKeyId());
        assertEquals(SECRET, c.secretAccessKey());
        assertEquals(TOKEN, c.sessionToken());
        assertEquals(Instant.parse("2030-01-01T10:00:00Z"), c.expiration());
        assertEquals("111122223333", c.accountId());
    }

    @Test
    void argumentsAreSplitLikeShlexWithoutAShell() throws Exception {
        String cmd = script("printf '{\"Version\":1,\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"x\"}' \"$1|$2\"");
        assertEquals("one two|it's", run(cmd + " 'one two' \"it's\"").get().accessKeyId());
        assertEquals(List.of("a b", "c\"d", "e\\f", "$HOME"), ShellWords.split("'a b' \"c\\\"d\" e\\\\f '$HOME'"));
    }

    @Test
    void runsOffTheCallersThread() throws Exception {
        String cmd = script("sleep 0.5\necho '{\"Version\":1,\"AccessKeyId\":\"SLOW\",\"SecretAccessKey\":\"x\"}'");
        long start = System.nanoTime();
        CompletableFuture<Credentials> future = run(cmd);
        assertTrue(System.nanoTime() - start < 400_000_000L, "resolve() must return before the process ends");
        assertFalse(future.isDone());
        assertEquals("SLOW", future.get().accessKeyId());
    }

    @Test
    void failingProcessReportsStderrNotStdout() throws Exception {
        String cmd = script("echo '{\"SecretAccessKey\": \"" + SECRET + "\"}'\necho 'token expired, run login' >&2\nexit 3");
        Throwable e = failure(run(cmd));
        assertTrue(e instanceof CredentialsException);
        assertTrue(e.getMessage().contains("exit code 3") && e.getMessage().contains("token expired"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void badOutputIsReportedWithoutSecrets() throws Exception {
        Throwable version = failure(run(script("echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" + SECRET + "\"}'")));
        assertTrue(version.getMessage().contains("Unsupported version '2'"), version.getMessage());
        Throwable missing = failure(run(script("echo '{\"Version\": 1, \"AccessKeyId\": \"A\"}'")));
        assertTrue(missing.getMessage().contains("SecretAccessKey"), missing.getMessage());
        Throwable notJson = failure(run(script("echo 'SecretAccessKey=" + SECRET + "'")));
        assertTrue(notJson.getMessage().contains("invalid JSON"), notJson.getMessage());
        assertFalse(notJson.getMessage().contains(SECRET));
        Throwable noVersion = failure(run(script("echo '{\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" + SECRET + "\"}'")));
        assertTrue(noVersion.getMessage().contains("<Version key not provided>"));
        assertFalse(noVersion.getMessage().contains(SECRET));
    }

    @Test
    void missingExecutableIsReported() {
        Throwable e = failure(run(dir.resolve("does-not-exist").toString()));
        assertTrue(e.getMessage().contains("cannot start"), e.getMessage());
    }
}
