package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Caches credentials and refreshes them before they expire, with botocore's windows: from
 * 15 minutes before expiry (advisory) one caller starts a refresh while everyone keeps the
 * current credentials, and a failed refresh is only logged; from 10 minutes before expiry
 * (mandatory) callers wait for the refresh and see its failure. Never more than one refresh
 * is in flight. Credentials without an expiration are cached for good.
 */
public final class CachingCredentialsProvider implements CredentialsProvider {
    public static final Duration ADVISORY_REFRESH = Duration.ofMinutes(15);
    public static final Duration MANDATORY_REFRESH = Duration.ofMinutes(10);

    private final CredentialsProvider source;
    private final Clock clock;
    private final System.Logger log;
    private final Object lock = new Object();
    private volatile Credentials current;
    private CompletableFuture<Credentials> inFlight; // guarded by lock

    public CachingCredentialsProvider(CredentialsProvider source, Clock clock) {
        this(source, clock, System.getLogger(CachingCredentialsProvider.class.getName()));
    }

    CachingCredentialsProvider(CredentialsProvider source, Clock clock, System.Logger log) {
        this.source = Objects.requireNonNull(source);
        this.clock = Objects.requireNonNull(clock);
        this.log = Objects.requireNonNull(log);
    }

    public static CachingCredentialsProvider of(CredentialsProvider source) {
        return new CachingCredentialsProvider(source, Clock.systemUTC());
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        Credentials cached = current;
        Instant now = clock.instant();
        if (cached != null && !within(cached, ADVISORY_REFRESH, now)) {
            return CompletableFuture.completedFuture(cached);
        }
        if (cached != null && !within(cached, MANDATORY_REFRESH, now)) {
            refresh(false);
            return CompletableFuture.completedFuture(cached);
        }
        return refresh(true).copy();
    }

    /** True when the credentials expire within {@code window} of {@code now}. */
    private static boolean within(Credentials credentials, Duration window, Instant now) {
        Instant expiration = credentials.expiration();
        return expiration != null && !now.isBefore(expiration.minus(window));
    }

    /** Starts a refresh unless one is running; returns the running one. */
    private CompletableFuture<Credentials> refresh(boolean mandatory) {
        CompletableFuture<Credentials> started;
        synchronized (lock) {
            if (inFlight != null) {
                return inFlight;
            }
            started = new CompletableFuture<>();
            inFlight = started;
        }
        fetch().whenComplete((fresh, error) -> {
            synchronized (lock) {
                inFlight = null;
            }
            if (error == null) {
                current = fresh;
                started.complete(fresh);
            } else {
                Throwable root = CredentialsProvider.rootOf(error);
                if (!mandatory) {
                    log.log(System.Logger.Level.DEBUG, "Advisory credentials refresh failed ({0}: {1});"
                            + " keeping the current credentials", root.getClass().getSimpleName(), root.getMessage());
                }
                started.completeExceptionally(root);
            }
        });
        return started;
    }

    private CompletableFuture<Credentials> fetch() {
        CompletableFuture<Credentials> fetched;
        try {
            fetched = source.resolve();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return fetched.thenApply(fresh -> {
            if (fresh.expiration() != null && !clock.instant().isBefore(fresh.expiration())) {
                throw new CredentialsException("Credentials were refreshed, but the refreshed credentials are still expired.");
            }
            return fresh;
        });
    }

    @Override
    public String toString() {
        return "CachingCredentialsProvider[" + source + "]";
    }
}
