package io.boto4j.core.internal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An identity (credentials, a bearer token) kept and refreshed before it expires, with the
 * windows of a {@link RefreshPolicy}; never more than one refresh in flight, whatever the number
 * of callers. With nothing cached every caller waits for the one refresh. A value without an
 * expiration is kept for good. In the advisory window one caller starts a refresh and everyone
 * keeps the current value; a failure is logged (its type and message only) and the value kept.
 * In the mandatory window callers wait for the refresh and see its failure. Within the policy's
 * minimum gap after a refresh started, no other starts: callers keep the current value until it
 * has expired, then fail with the expired error.
 *
 * @param <T> the identity type
 */
public final class RefreshingCache<T> {
    private final Supplier<CompletableFuture<T>> source;
    private final Function<T, Instant> expirationOf;
    private final Clock clock;
    private final RefreshPolicy policy;
    private final Supplier<RuntimeException> expiredError;
    private final String what;
    private final System.Logger log;
    private final Object lock = new Object();
    private volatile T current;
    private CompletableFuture<T> inFlight; // guarded by lock
    private Instant nextAttempt = Instant.MIN; // guarded by lock

    /**
     * @param source       fetches a fresh value; called by one caller at a time
     * @param expirationOf a value's expiration, or null when it does not expire
     * @param expiredError the failure for a value that is expired although just refreshed
     * @param what         what the value is, for the log line of a failed advisory refresh ("credentials")
     */
    public RefreshingCache(Supplier<CompletableFuture<T>> source, Function<T, Instant> expirationOf, Clock clock,
                           RefreshPolicy policy, Supplier<RuntimeException> expiredError, String what,
                           System.Logger log) {
        this.source = Objects.requireNonNull(source, "source");
        this.expirationOf = Objects.requireNonNull(expirationOf, "expirationOf");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.expiredError = Objects.requireNonNull(expiredError, "expiredError");
        this.what = Objects.requireNonNull(what, "what");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The current value, or the refresh's; the future is the caller's own (completing it changes nothing here). */
    public CompletableFuture<T> get() {
        T cached = current;
        Instant now = clock.instant();
        Instant expiration = cached == null ? null : expirationOf.apply(cached);
        if (cached != null && (expiration == null || now.isBefore(expiration.minus(policy.advisory())))) {
            return CompletableFuture.completedFuture(cached);
        }
        boolean mandatory = cached == null || !now.isBefore(expiration.minus(policy.mandatory()));
        CompletableFuture<T> refresh = refresh(mandatory, cached == null, now);
        if (!mandatory) {
            return CompletableFuture.completedFuture(cached);
        }
        if (refresh != null) {
            return refresh.copy();
        }
        // A refresh started less than the minimum gap ago: keep the current value while it works.
        return now.isBefore(expiration) ? CompletableFuture.completedFuture(cached)
                : CompletableFuture.failedFuture(expiredError.get());
    }

    /** The refresh in flight, else a new one; null when the last one started less than the minimum gap ago. */
    private CompletableFuture<T> refresh(boolean mandatory, boolean empty, Instant now) {
        CompletableFuture<T> started;
        synchronized (lock) {
            if (inFlight != null) {
                return inFlight;
            }
            if (!empty && now.isBefore(nextAttempt)) {
                return null;
            }
            started = new CompletableFuture<>();
            inFlight = started;
            nextAttempt = now.plus(policy.minimumAttemptGap());
        }
        fetch().whenComplete((fresh, error) -> {
            synchronized (lock) {
                if (error == null) {
                    current = fresh;
                }
                inFlight = null;
            }
            if (error == null) {
                started.complete(fresh);
                return;
            }
            Throwable root = Failures.rootOf(error);
            if (!mandatory) {
                log.log(policy.advisoryFailureLevel(), "Advisory " + what + " refresh failed ({0}: {1}); keeping the"
                        + " current " + what, root.getClass().getSimpleName(), root.getMessage());
            }
            started.completeExceptionally(root);
        });
        return started;
    }

    private CompletableFuture<T> fetch() {
        CompletableFuture<T> fetched;
        try {
            fetched = source.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return fetched.thenApply(fresh -> {
            Instant expiration = expirationOf.apply(fresh);
            if (expiration != null && !clock.instant().isBefore(expiration)) {
                throw expiredError.get();
            }
            return fresh;
        });
    }
}
