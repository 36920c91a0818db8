package io.boto4j.core.internal.retry;

import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.RetryMode;
import io.boto4j.core.retry.RetryStrategy;
import io.boto4j.core.retry.RetryTracker;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * botocore's legacy mode ({@code botocore/retryhandler.py}): retry when a {@code _retry.json}
 * policy applies and attempts remain; no retry quota, no rate limiting. Stateless across calls.
 */
public final class LegacyRetryStrategy implements RetryStrategy {
    private final LegacyRetryConfig config;
    private final DoubleSupplier random;

    public LegacyRetryStrategy(LegacyRetryConfig config, DoubleSupplier random) {
        this.config = config;
        this.random = random;
    }

    @Override
    public RetryTracker newCall() {
        return new Tracker();
    }

    @Override
    public RetryMode mode() {
        return RetryMode.LEGACY;
    }

    @Override
    public int maxAttempts() {
        return config.maxAttempts();
    }

    private final class Tracker implements RetryTracker {
        private int attemptsMade;

        @Override
        public Duration beforeAttempt() {
            return Duration.ZERO;
        }

        @Override
        public Optional<Duration> retryAfter(AttemptOutcome outcome) {
            int attempt = ++attemptsMade;
            if (!outcome.canResend() || attempt >= config.maxAttempts() || !config.matches(outcome)) {
                return Optional.empty();
            }
            return Optional.of(Seconds.toDuration(config.delaySeconds(attempt, random.getAsDouble())));
        }

        @Override
        public void onSuccess(AttemptOutcome outcome) {
            attemptsMade++;
        }

        @Override
        public int maxAttempts() {
            return config.maxAttempts();
        }

        @Override
        public int attemptsMade() {
            return attemptsMade;
        }
    }
}
