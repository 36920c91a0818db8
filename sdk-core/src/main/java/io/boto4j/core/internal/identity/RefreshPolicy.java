package io.boto4j.core.internal.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link RefreshingCache} refreshes what it holds, in botocore's terms.
 *
 * @param advisory            from this long before expiry one caller starts a refresh while everyone
 *                            keeps the current value; a failure is only logged
 * @param mandatory           from this long before expiry callers wait for the refresh and see its failure
 * @param minimumAttemptGap   no new refresh starts within this long of the last start (botocore's
 *                            tokens: one minute, so that a refresh that cannot help is not tried on every call)
 * @param advisoryFailureLevel the level a failed advisory refresh is logged at
 */
public record RefreshPolicy(Duration advisory, Duration mandatory, Duration minimumAttemptGap,
                            System.Logger.Level advisoryFailureLevel) {

    /** botocore's {@code RefreshableCredentials}: 15 and 10 minutes, a refresh whenever one is due. */
    public static final RefreshPolicy CREDENTIALS = new RefreshPolicy(Duration.ofMinutes(15), Duration.ofMinutes(10),
            Duration.ZERO, System.Logger.Level.DEBUG);

    /** botocore's {@code DeferredRefreshableToken}: 15 and 10 minutes, at most one refresh a minute. */
    public static final RefreshPolicy TOKEN = new RefreshPolicy(Duration.ofMinutes(15), Duration.ofMinutes(10),
            Duration.ofMinutes(1), System.Logger.Level.WARNING);

    public RefreshPolicy {
        Objects.requireNonNull(advisory, "advisory");
        Objects.requireNonNull(mandatory, "mandatory");
        Objects.requireNonNull(minimumAttemptGap, "minimumAttemptGap");
        Objects.requireNonNull(advisoryFailureLevel, "advisoryFailureLevel");
        if (mandatory.compareTo(advisory) > 0) {
            throw new IllegalArgumentException("the mandatory window must not be longer than the advisory one");
        }
    }
}
