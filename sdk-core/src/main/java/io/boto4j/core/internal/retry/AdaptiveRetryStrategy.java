package io.boto4j.core.internal.retry;

import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.ErrorClassifier;
import io.boto4j.core.retry.RetryMode;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * botocore's adaptive mode: standard mode, plus a {@link ClientRateLimiter} consulted before
 * every attempt and told about every outcome.
 */
public final class AdaptiveRetryStrategy extends StandardRetryStrategy {
    private final ClientRateLimiter limiter;

    public AdaptiveRetryStrategy(String serviceName, int maxAttempts, DoubleSupplier random, RetryQuota quota,
                                 ClientRateLimiter limiter) {
        super(serviceName, maxAttempts, random, quota);
        this.limiter = limiter;
    }

    @Override
    public RetryMode mode() {
        return RetryMode.ADAPTIVE;
    }

    public ClientRateLimiter limiter() {
        return limiter;
    }

    @Override
    protected Duration beforeAttempt() {
        return limiter.acquire();
    }

    @Override
    protected void outcomeReceived(AttemptOutcome outcome) {
        limiter.onResponse(ErrorClassifier.isThrottling(outcome));
    }
}
