package io.boto4j.it.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a short command (a probe or an install) to completion, with a time limit. */
final class Commands {
    private Commands() {
    }

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The last few hundred characters of the output, for a skip or failure message. */
        String outputTail() {
            String t = output.strip();
            return t.length() <= 600 ? t : "..." + t.substring(t.length() - 600);
        }
    }

    /** Exit code -1 and a message as output when the command cannot start or times out. */
    static Result run(List<String> command, Path directory, Duration timeout) {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            process = builder.start();
        } catch (IOException e) {
            return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
        }
        // Read the output on the side so that a chatty command cannot block on a full pipe.
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), output.get(5, TimeUnit.SECONDS));
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " failed: " + e);
        }
    }
}
