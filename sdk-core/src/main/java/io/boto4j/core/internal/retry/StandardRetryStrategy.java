package io.boto4j.core.internal.retry;

import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.ErrorClassifier;
import io.boto4j.core.retry.RetryMode;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.retry.RetryTracker;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * botocore's standard mode ({@code botocore/retries/standard.py}, as shipped with the
 * {@code AWS_NEW_RETRIES_2026} switch off): retry transient, throttling, modeled-retryable and
 * special-cased errors up to the attempt limit, paying from a shared {@link RetryQuota}
 * (5 per retry, 10 after a timeout), waiting {@code rand * min(2^(attempt-1), 20)} seconds.
 * A successful call refunds what its last retry cost, or 1 when it needed no retry.
 */
public class StandardRetryStrategy implements RetryStrategy {
    static final int RETRY_COST = 5;
    static final int TIMEOUT_RETRY_COST = 10;
    static final int NO_RETRY_INCREMENT = 1;
    static final double MAX_BACKOFF_SECONDS = 20;

    private final String serviceName;
    private final int maxAttempts;
    private final DoubleSupplier random;
    private final RetryQuota quota;

    /**
     * @param serviceName the model's service name, for botocore's special cases (sts, dynamodb)
     * @param maxAttempts total attempts, first included
     * @param random      uniform in [0, 1), the jitter source
     */
    public StandardRetryStrategy(String serviceName, int maxAttempts, DoubleSupplier random, RetryQuota quota) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.serviceName = serviceName;
        this.maxAttempts = maxAttempts;
        this.random = random;
        this.quota = quota;
    }

    @Override
    public RetryTracker newCall() {
        return new Tracker();
    }

    @Override
    public RetryMode mode() {
        return RetryMode.STANDARD;
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    public RetryQuota quota() {
        return quota;
    }

    /** The wait before retry number {@code attempt} (1-based number of the attempt that failed). */
    Duration backoff(int attempt) {
        double ceiling = Math.min(Math.pow(2, attempt - 1), MAX_BACKOFF_SECONDS);
        return Seconds.toDuration(random.getAsDouble() * ceiling);
    }

    /** Hook for adaptive mode: time before sending an attempt. */
    protected Duration beforeAttempt() {
        return Duration.ZERO;
    }

    /** Hook for adaptive mode: every attempt outcome, in order. */
    protected void outcomeReceived(AttemptOutcome outcome) {
    }

    private final class Tracker implements RetryTracker {
        private int attemptsMade;
        /** What the last retry of this call took from the quota (botocore's retry_quota_capacity). */
        private int lastQuotaCost;

        @Override
        public Duration beforeAttempt() {
            return StandardRetryStrategy.this.beforeAttempt();
        }

        @Override
        public Optional<Duration> retryAfter(AttemptOutcome outcome) {
            int attempt = ++attemptsMade;
            outcomeReceived(outcome);
            boolean retry = outcome.canResend() && attempt < maxAttempts
                    && ErrorClassifier.isRetryable(outcome, serviceName);
            if (retry) {
                int cost = outcome.transportFailure().isTimeout() ? TIMEOUT_RETRY_COST : RETRY_COST;
                if (quota.acquire(cost)) {
                    lastQuotaCost = cost;
                    return Optional.of(backoff(attempt));
                }
            }
            if (isTwoHundred(outcome)) {
                refund();
            }
            return Optional.empty();
        }

        @Override
        public void onSuccess(AttemptOutcome outcome) {
            attemptsMade++;
            outcomeReceived(outcome);
            if (isTwoHundred(outcome)) {
                refund();
            }
        }

        private void refund() {
            quota.release(lastQuotaCost == 0 ? NO_RETRY_INCREMENT : lastQuotaCost);
        }

        @Override
        public int maxAttempts() {
            return maxAttempts;
        }

        @Override
        public int attemptsMade() {
            return attemptsMade;
        }
    }

    private static boolean isTwoHundred(AttemptOutcome outcome) {
        return outcome.hasResponse() && outcome.statusCode() >= 200 && outcome.statusCode() < 300;
    }
}
