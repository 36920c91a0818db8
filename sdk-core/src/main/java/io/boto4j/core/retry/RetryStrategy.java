package io.boto4j.core.retry;

/**
 * A client's retry behaviour. One instance is shared by all calls of a client: it holds the
 * client-wide state (standard mode's retry quota, adaptive mode's rate limiter) and hands each
 * call a {@link RetryTracker}. Thread-safe. Create one with {@link RetryStrategies}.
 */
public interface RetryStrategy {

    /** {@return a new tracker for one call, sharing this strategy's client-wide state} */
    RetryTracker newCall();

    /** {@return the mode this strategy implements} */
    RetryMode mode();

    /** {@return total attempts a call may make, the first included} */
    int maxAttempts();
}
