package io.boto4j.core.retry;

/**
 * A client's retry behaviour. One instance is shared by all calls of a client: it holds the
 * client-wide state (standard mode's retry quota, adaptive mode's rate limiter) and hands each
 * call a {@link RetryTracker}. Thread-safe. Create one with {@link RetryStrategies}.
 */
public interface RetryStrategy {

    /** Starts tracking one call. */
    RetryTracker newCall();

    RetryMode mode();

    /** Total attempts a call may make, the first included. */
    int maxAttempts();
}
