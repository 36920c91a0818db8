package io.boto4j.core.auth.credentials;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.internal.identity.RefreshPolicy;
import io.boto4j.core.internal.identity.RefreshingCache;
import java.time.Clock;
import java.time.Duration;
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
    /** How long before expiry a background refresh starts (botocore: 15 minutes). */
    public static final Duration ADVISORY_REFRESH = RefreshPolicy.CREDENTIALS.advisory();
    /** How long before expiry callers must wait for a refresh (botocore: 10 minutes). */
    public static final Duration MANDATORY_REFRESH = RefreshPolicy.CREDENTIALS.mandatory();

    private final CredentialsProvider source;
    private final RefreshingCache<Credentials> cache;

    /**
     * Caches what {@code source} resolves.
     *
     * @param source the provider asked at first use and for each refresh
     * @param clock the clock the refresh windows are measured with
     * @throws NullPointerException when {@code source} is null
     */
    public CachingCredentialsProvider(CredentialsProvider source, Clock clock) {
        this(source, clock, System.getLogger(CachingCredentialsProvider.class.getName()));
    }

    CachingCredentialsProvider(CredentialsProvider source, Clock clock, System.Logger log) {
        this.source = Objects.requireNonNull(source);
        this.cache = new RefreshingCache<>(source::resolve, Credentials::expiration, clock, RefreshPolicy.CREDENTIALS,
                () -> new CredentialsException("Credentials were refreshed, but the refreshed credentials are still expired."),
                "credentials", log);
    }

    /**
     * Caches what {@code source} resolves, on the system UTC clock.
     *
     * @param source the provider asked at first use and for each refresh
     * @return a new caching provider
     * @throws NullPointerException when {@code source} is null
     */
    public static CachingCredentialsProvider of(CredentialsProvider source) {
        return new CachingCredentialsProvider(source, Clock.systemUTC());
    }

    @Override
    public CompletableFuture<Credentials> resolve() {
        return cache.get();
    }

    @Override
    public String toString() {
        return "CachingCredentialsProvider[" + source + "]";
    }
}
