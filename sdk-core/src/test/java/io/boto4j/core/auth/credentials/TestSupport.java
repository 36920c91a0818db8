package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ProfileFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Shared helpers: a temp home with ~/.aws files, a settable clock, fake STS/SSO, a recording logger. */
public final class TestSupport {
    public static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
    public static final String TOKEN = "IQoJb3JpZ2luX2VjSESSIONTOKEN";

    private TestSupport() {
    }

    public static Path writeAws(Path home, String config, String credentials) throws IOException {
        Path aws = Files.createDirectories(home.resolve(".aws"));
        if (config != null) {
            Files.writeString(aws.resolve("config"), config);
        }
        if (credentials != null) {
            Files.writeString(aws.resolve("credentials"), credentials);
        }
        return aws;
    }

    public static ConfigEnvironment env(Path home, String... pairs) {
        Map<String, String> vars = new HashMap<>();
        vars.put("AWS_EC2_METADATA_DISABLED", "true");
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put(pairs[i], pairs[i + 1]);
        }
        return ConfigEnvironment.of(vars, home);
    }

    public static ProviderContext.Builder context(ConfigEnvironment env) {
        return ProviderContext.builder().environment(env).clock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    public static ProfileFile profiles(String config, String credentials) {
        return ProfileFile.parse("config", config, "credentials", credentials);
    }

    public static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            return CredentialsProvider.rootOf(e);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a failure, got success");
    }

    /**
     * Calls {@code call} from {@code callers} threads released at once (16 pool threads behind a
     * latch) and returns what each call returned, in no particular order.
     */
    public static <T> List<T> concurrently(int callers, Supplier<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<T>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return call.get();
                }, pool));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (CompletableFuture<T> c : calls) {
                results.add(c.get(10, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Fake STS that records requests and answers with numbered session credentials. */
    static final class FakeSts implements StsClient {
        final List<AssumeRoleRequest> assumeRoleRequests = new CopyOnWriteArrayList<>();
        final List<WebIdentityRequest> webIdentityRequests = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<Credentials> assumeRole(AssumeRoleRequest request) {
            assumeRoleRequests.add(request);
            return CompletableFuture.completedFuture(Credentials.of("ASIA-ROLE-" + assumeRoleRequests.size(), SECRET, TOKEN)
                    .withExpiration(Instant.parse("2030-01-01T01:00:00Z")));
        }

        @Override
        public CompletionStage<Credentials> assumeRoleWithWebIdentity(WebIdentityRequest request) {
            webIdentityRequests.add(request);
            return CompletableFuture.completedFuture(Credentials.of("ASIA-WEB", SECRET, TOKEN)
                    .withExpiration(Instant.parse("2030-01-01T01:00:00Z")));
        }
    }

    /** A System.Logger that keeps every formatted line. */
    public static final class RecordingLogger implements System.Logger {
        public final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(level + " " + msg + (thrown == null ? "" : " " + thrown));
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + java.text.MessageFormat.format(format, params));
        }
    }
}
