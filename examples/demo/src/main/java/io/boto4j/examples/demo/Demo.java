package io.boto4j.examples.demo;

import io.boto4j.async.AsyncClient;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.s3.TransferCancellation;
import io.boto4j.sync.SyncClient;
import io.vertx.core.Vertx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The demo ({@code ./demo}): starts s3proxy and ElasticMQ on 127.0.0.1 (or, with {@code --aws},
 * {@code --profile} or {@code --endpoint-url}, uses the account or endpoint they name, after asking),
 * walks through S3 and SQS calls with the blocking layer ({@link BlockingTour}) and the Vert.x layer
 * ({@link VertxTour}), saying what it does, then removes everything it created and stops the servers:
 * at the end, on a failure, and on Ctrl-C.
 */
public final class Demo {
    /** Exit codes: everything worked; a step failed (or the user declined); the command line was wrong. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final long MIB = 1024 * 1024;
    /** How long Ctrl-C waits for an interrupted upload to settle and abort itself. */
    private static final Duration UPLOAD_WIND_DOWN = Duration.ofSeconds(20);

    private final DemoOptions options;
    private final Narrator narrator;
    private final PrintStream err;
    private final BufferedReader in;
    private final ConfigEnvironment environment;
    private final Cleanup cleanup;
    private final TransferCancellation cancellation = new TransferCancellation();
    private final TransfersUnderWay uploads = new TransfersUnderWay();
    private final String name = "boto4j-demo-" + randomHex(6);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Target target;
    private volatile boolean interrupted;

    private Demo(DemoOptions options, Narrator narrator, PrintStream err, InputStream in, ConfigEnvironment environment) {
        this.options = options;
        this.narrator = narrator;
        this.err = err;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.environment = environment;
        this.cleanup = new Cleanup(narrator);
    }

    /** Runs the demo with the process's streams and environment, and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err, System.in, ConfigEnvironment.system(),
                System.console() != null));
    }

    /**
     * Runs the demo.
     *
     * @param environment where an account's configuration is read from (the process's, or a test's)
     * @param interactive whether {@code out} is a terminal (a progress bar is redrawn in place)
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    static int run(List<String> args, PrintStream out, PrintStream err, InputStream in, ConfigEnvironment environment,
                   boolean interactive) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            return USAGE;
        }
        if (options.help()) {
            out.print(DemoOptions.USAGE);
            return OK;
        }
        Demo demo = new Demo(options, new Narrator(out, interactive), err, in, environment);
        // Ctrl-C: the JVM runs its shutdown hooks while the main thread may still be in a call.
        Thread onInterrupt = new Thread(demo::interrupted, "boto4j-demo-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return demo.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it finishes the clean-up
            }
        }
    }

    private int run() {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            YourAccount account = null;
            if (options.useAccount()) {
                account = YourAccount.of(options, environment);
                if (!confirmed(account)) {
                    return FAILED;
                }
            }
            Path workDir = Files.createTempDirectory("boto4j-demo-");
            cleanup.local("the demo's files", () -> {
                deleteRecursively(workDir);
                narrator.step("deleted", "the demo's files in " + workDir);
            });
            target = account != null ? account : startServers(workDir);
            ok = walkThrough(target, workDir);
        } catch (Exception e) {
            fail(e);
        } finally {
            ok &= cleanup.run(true);
            stopTarget();
        }
        if (!interrupted) {
            narrator.say("");
            narrator.say((ok ? "Done" : "FAILED") + " in " + Narrator.seconds(System.nanoTime() - start) + ".");
        }
        return ok ? OK : FAILED;
    }

    private EmbeddedServers startServers(Path workDir) {
        narrator.say("boto4j demo: S3 and SQS through both layers of the SDK, on servers of its own.");
        narrator.say("Starting s3proxy (S3, checking every SigV4 signature) and ElasticMQ (SQS) on 127.0.0.1 ...");
        long start = System.nanoTime();
        EmbeddedServers servers = EmbeddedServers.start(workDir);
        narrator.step("ready", "in " + Narrator.seconds(System.nanoTime() - start));
        narrator.step("S3", servers.s3Endpoint());
        narrator.step("SQS", servers.sqsEndpoint());
        return servers;
    }

    /** Says what the demo will do in the user's account and asks; {@code --yes} answers for them. */
    private boolean confirmed(YourAccount account) throws IOException {
        String region;
        try (SyncClient s3 = SyncClient.create("s3", account.s3Config())) {
            region = s3.region();
        }
        narrator.say("boto4j demo: S3 and SQS through both layers of the SDK, in your account.");
        narrator.step("region", region);
        narrator.step("endpoint", account.endpointUrl() == null ? "as your configuration says"
                : account.endpointUrl().toString());
        narrator.step("profile", account.profile() == null ? "as your configuration says" : account.profile());
        narrator.say("It creates the bucket " + name + " and the queue " + name + ", uploads "
                + Narrator.mib(options.sizeMiB() * MIB) + " and downloads it back (S3 charges for requests,");
        narrator.say("storage and traffic out of AWS), then deletes both: at the end, on a failure, and on Ctrl-C.");
        if (options.assumeYes()) {
            return true;
        }
        narrator.say("Go ahead? [y/N] (--yes skips this question)");
        String answer = in.readLine();
        if (answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        narrator.say(answer == null ? "No answer (standard input is closed); nothing was created. Add --yes to run unattended."
                : "Nothing was created.");
        return false;
    }

    /** Both parts, with clients on both layers; false when one failed (after saying why). */
    private boolean walkThrough(Target target, Path workDir) {
        DemoRun run = new DemoRun(narrator, name, workDir, options.sizeMiB() * MIB, cleanup, cancellation, uploads);
        Vertx vertx = Vertx.vertx();
        try (SyncClient s3 = SyncClient.create("s3", target.s3Config())) {
            AsyncClient asyncS3 = AsyncClient.create(vertx, "s3", target.s3Config()).await();
            AsyncClient sqs = AsyncClient.create(vertx, "sqs", target.sqsConfig()).await();
            try {
                new BlockingTour(s3, run).run();
                new VertxTour(vertx, asyncS3, sqs, run).runAndWait();
                return true;
            } catch (Exception e) {
                fail(e);
                return false;
            } finally {
                // The clean-up needs the clients: it runs before they close.
                if (!cleanup.run(true)) {
                    narrator.say("Some of what the demo created is left; the lines above say what.");
                }
            }
        } finally {
            vertx.close().await();
        }
    }

    private void stopTarget() {
        Target started = target;
        if (started != null && started.embedded() && stopped.compareAndSet(false, true)) {
            started.close();
            narrator.step("stopped", "s3proxy and ElasticMQ");
        }
    }

    /** A step failed: one line on the narration, the whole story on the error stream. */
    private void fail(Throwable e) {
        if (interrupted) {
            return;  // what fails while shutting down is the interruption's doing
        }
        narrator.say("");
        narrator.say("FAILED: " + describe(e));
        e.printStackTrace(err);
    }

    /** Ctrl-C (or a kill): stop the transfer under way, remove what was created, stop the servers. */
    private void interrupted() {
        interrupted = true;
        narrator.keepSpeaking();
        narrator.interrupted();
        narrator.say("");
        narrator.say("Interrupted: cleaning up.");
        cancellation.cancel();
        try {
            // The interrupted upload aborts its multipart upload itself once its parts settled.
            if (!uploads.awaitNone(UPLOAD_WIND_DOWN)) {
                narrator.say("The upload did not stop within " + UPLOAD_WIND_DOWN.toSeconds() + " s; cleaning up anyway.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Target started = target;
        // The embedded servers' own shutdown hooks stop them, and their in-memory stores go with them.
        cleanup.run(started == null || !started.embedded());
        stopTarget();
    }

    /** An exception as one line: its message, without the wrappers futures add. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + ": " + message;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
