package io.boto4j.core.auth.credentials;

import static io.boto4j.core.auth.credentials.TestSupport.SECRET;
import static io.boto4j.core.auth.credentials.TestSupport.TOKEN;
import static io.boto4j.core.auth.credentials.TestSupport.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingCredentialsProviderTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant EXPIRY = T0.plus(Duration.ofHours(1));

    private final TestSupport.MutableClock clock = new TestSupport.MutableClock(T0);
    private final TestSupport.RecordingLogger logger = new TestSupport.RecordingLogger();
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<CompletableFuture<Credentials>> pending = new CopyOnWriteArrayList<>();

    /** A source whose fetches complete only when the test says so. */
    private final CredentialsProvider manualSource = () -> {
        fetches.incrementAndGet();
        CompletableFuture<Credentials> f = new CompletableFuture<>();
        pending.add(f);
        return f;
    };

    private static Credentials creds(String id, Instant expiry) {
        return Credentials.of(id, SECRET, TOKEN).withExpiration(expiry);
    }

    private CachingCredentialsProvider primed(String id) throws Exception {
        CachingCredentialsProvider provider = new CachingCredentialsProvider(manualSource, clock, logger);
        CompletableFuture<Credentials> first = provider.resolve();
        pending.get(0).complete(creds(id, EXPIRY));
        assertEquals(id, first.get().accessKeyId());
        pending.clear();
        fetches.set(0);
        return provider;
    }

    @Test
    void hundredConcurrentCallersCauseExactlyOneFetch() throws Exception {
        CachingCredentialsProvider provider = new CachingCredentialsProvider(manualSource, clock, logger);
        List<CompletableFuture<Credentials>> results = TestSupport.concurrently(100, provider::resolve);
        assertEquals(1, fetches.get());
        assertTrue(results.stream().noneMatch(CompletableFuture::isDone), "with nothing cached every caller waits");
        pending.get(0).complete(creds("ONE", EXPIRY));
        for (CompletableFuture<Credentials> r : results) {
            assertEquals("ONE", r.get(5, TimeUnit.SECONDS).accessKeyId());
        }
        assertEquals("ONE", provider.resolve().get().accessKeyId());
        assertEquals(1, fetches.get());
    }

    @Test
    void freshCredentialsAreServedFromCache() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(16)));
        assertEquals("OLD", provider.resolve().get().accessKeyId());
        assertEquals(0, fetches.get());
    }

    @Test
    void advisoryWindowRefreshesOnceWhileCallersKeepCurrentCredentials() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(12)));
        for (int i = 0; i < 100; i++) {
            CompletableFuture<Credentials> r = provider.resolve();
            assertTrue(r.isDone(), "advisory callers never wait");
            assertEquals("OLD", r.get().accessKeyId());
        }
        assertEquals(1, fetches.get());
        pending.get(0).complete(creds("NEW", EXPIRY.plus(Duration.ofHours(1))));
        assertEquals("NEW", provider.resolve().get().accessKeyId());
    }

    @Test
    void failedAdvisoryRefreshKeepsCurrentCredentialsAndLogsWithoutSecrets() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(12)));
        assertEquals("OLD", provider.resolve().get().accessKeyId());
        pending.get(0).completeExceptionally(new CredentialsException("STS said no"));
        assertEquals("OLD", provider.resolve().get().accessKeyId(), "and a new refresh is attempted");
        assertEquals(2, fetches.get());
        assertEquals(1, logger.lines.size());
        String line = logger.lines.get(0);
        assertTrue(line.startsWith("DEBUG") && line.contains("STS said no"), line);
        assertFalse(line.contains(SECRET) || line.contains(TOKEN));
    }

    @Test
    void mandatoryWindowMakesCallersWaitForTheSingleRefresh() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(5)));
        List<CompletableFuture<Credentials>> waiting = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waiting.add(provider.resolve());
        }
        assertEquals(1, fetches.get());
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone));
        pending.get(0).complete(creds("NEW", EXPIRY.plus(Duration.ofHours(1))));
        for (CompletableFuture<Credentials> w : waiting) {
            assertEquals("NEW", w.get().accessKeyId());
        }
    }

    @Test
    void failedMandatoryRefreshFailsTheCallers() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(5)));
        CompletableFuture<Credentials> a = provider.resolve();
        CompletableFuture<Credentials> b = provider.resolve();
        pending.get(0).completeExceptionally(new CredentialsException("STS down"));
        assertEquals("STS down", failure(a).getMessage());
        assertEquals("STS down", failure(b).getMessage());
    }

    @Test
    void advisoryRefreshStillRunningWhenMandatoryWindowStartsIsShared() throws Exception {
        CachingCredentialsProvider provider = primed("OLD");
        clock.set(EXPIRY.minus(Duration.ofMinutes(12)));
        provider.resolve();
        clock.set(EXPIRY.minus(Duration.ofMinutes(5)));
        CompletableFuture<Credentials> waiter = provider.resolve();
        assertEquals(1, fetches.get());
        assertFalse(waiter.isDone());
        pending.get(0).complete(creds("NEW", EXPIRY.plus(Duration.ofHours(1))));
        assertEquals("NEW", waiter.get().accessKeyId());
    }

    @Test
    void refreshedButAlreadyExpiredIsAnError() throws Exception {
        CachingCredentialsProvider provider = new CachingCredentialsProvider(manualSource, clock, logger);
        CompletableFuture<Credentials> r = provider.resolve();
        pending.get(0).complete(creds("STALE", T0.minusSeconds(1)));
        assertTrue(failure(r).getMessage().contains("still expired"));
    }

    @Test
    void credentialsWithoutExpirationAreFetchedOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CachingCredentialsProvider provider = new CachingCredentialsProvider(() -> {
            calls.incrementAndGet();
            return CompletableFuture.completedFuture(Credentials.of("A", "s"));
        }, clock, logger);
        provider.resolve().get();
        clock.set(T0.plus(Duration.ofDays(365)));
        provider.resolve().get();
        assertEquals(1, calls.get());
    }

    @Test
    void callersCannotCompleteTheSharedFuture() throws Exception {
        CachingCredentialsProvider provider = new CachingCredentialsProvider(manualSource, clock, logger);
        provider.resolve().complete(Credentials.of("HIJACK", "x"));
        CompletableFuture<Credentials> other = provider.resolve();
        pending.get(0).complete(creds("REAL", EXPIRY));
        assertEquals("REAL", other.get().accessKeyId());
    }
}
