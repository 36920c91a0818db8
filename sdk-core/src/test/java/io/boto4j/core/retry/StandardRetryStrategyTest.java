package io.boto4j.core.retry;

import io.boto4j.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandardRetryStrategyTest {
    private static final DoubleSupplier ALMOST_ONE = () -> 0.999_999;
    private static final DoubleSupplier HALF = () -> 0.5;

    private static AttemptOutcome error(int status, String code) {
        return AttemptOutcome.serviceError(status, code, new Headers());
    }

    private static AttemptOutcome ok() {
        return AttemptOutcome.response(200, new Headers());
    }

    @Test
    void backoffIsFullJitterUnderTwoToTheAttemptCappedAtTwentySeconds() {
        RetryStrategy strategy = RetryStrategies.standard("sqs", 10, HALF);
        RetryTracker call = strategy.newCall();
        double[] expectedSeconds = {0.5, 1, 2, 4, 8, 10, 10, 10, 10};
        for (double expected : expectedSeconds) {
            Optional<Duration> delay = call.retryAfter(error(503, "ServiceUnavailable"));
            assertEquals(Optional.of(Duration.ofMillis((long) (expected * 1000))), delay);
        }
        assertEquals(Optional.empty(), call.retryAfter(error(503, "ServiceUnavailable")), "10th attempt is the last");
    }

    @Test
    void backoffNeverExceedsItsBound() {
        RetryTracker call = RetryStrategies.standard("sqs", 8, ALMOST_ONE).newCall();
        for (int attempt = 1; attempt < 8; attempt++) {
            Duration delay = call.retryAfter(error(500, "InternalError")).orElseThrow();
            double bound = Math.min(Math.pow(2, attempt - 1), 20);
            assertTrue(delay.toNanos() < bound * 1e9, "attempt " + attempt + ": " + delay);
            assertTrue(delay.toNanos() > bound * 0.99 * 1e9, "attempt " + attempt + ": " + delay);
        }
    }

    @Test
    void threeAttemptsByDefault() {
        RetryStrategy strategy = RetryStrategies.standard("sqs", RetryConfig.DEFAULT_STANDARD_MAX_ATTEMPTS, HALF);
        RetryTracker call = strategy.newCall();
        assertEquals(3, call.maxAttempts());
        assertTrue(call.retryAfter(error(400, "Throttling")).isPresent());
        assertTrue(call.retryAfter(error(400, "Throttling")).isPresent());
        assertFalse(call.retryAfter(error(400, "Throttling")).isPresent());
        assertEquals(3, call.attemptsMade());
    }

    @Test
    void nonRetryableErrorsStopAtOnce() {
        RetryTracker call = RetryStrategies.standard("s3", 3, HALF).newCall();
        assertEquals(Optional.empty(), call.retryAfter(error(404, "NoSuchKey")));
        assertEquals(1, call.attemptsMade());
    }

    @Test
    void quotaExhaustsAfterOneHundredRetriesAndRefillsOnSuccess() {
        RetryStrategy strategy = RetryStrategies.standard("sqs", 2, HALF);
        for (int i = 0; i < 100; i++) {
            assertTrue(strategy.newCall().retryAfter(error(500, "InternalError")).isPresent(), "retry " + i);
        }
        assertEquals(Optional.empty(), strategy.newCall().retryAfter(error(500, "InternalError")), "quota spent");
        // Five successful calls without retries refund 1 each: one more retry fits.
        for (int i = 0; i < 5; i++) {
            strategy.newCall().onSuccess(ok());
        }
        assertTrue(strategy.newCall().retryAfter(error(500, "InternalError")).isPresent());
        assertEquals(Optional.empty(), strategy.newCall().retryAfter(error(500, "InternalError")));
    }

    @Test
    void aSuccessfulRetriedCallRefundsItsLastRetryCost() {
        RetryStrategy strategy = RetryStrategies.standard("sqs", 3, HALF);
        for (int i = 0; i < 100; i++) {
            strategy.newCall().retryAfter(error(500, "InternalError"));
        }
        assertEquals(Optional.empty(), strategy.newCall().retryAfter(error(500, "InternalError")));
        // Give back 10 so one timeout retry (cost 10) fits, then succeed: the 10 comes back.
        for (int i = 0; i < 10; i++) {
            strategy.newCall().onSuccess(ok());
        }
        RetryTracker call = strategy.newCall();
        assertTrue(call.retryAfter(AttemptOutcome.failure(new SocketTimeoutException("Read timed out"))).isPresent());
        assertEquals(Optional.empty(), strategy.newCall().retryAfter(error(500, "InternalError")), "0 left");
        call.onSuccess(ok());
        assertTrue(strategy.newCall().retryAfter(error(500, "InternalError")).isPresent(), "5 of the 10 spent");
        assertTrue(strategy.newCall().retryAfter(error(500, "InternalError")).isPresent(), "the other 5");
        assertEquals(Optional.empty(), strategy.newCall().retryAfter(error(500, "InternalError")));
    }

    @Test
    void timeoutsCostTenAndOtherFailuresFive() {
        RetryStrategy strategy = RetryStrategies.standard("sqs", 2, HALF);
        int timeouts = 0;
        while (strategy.newCall().retryAfter(AttemptOutcome.failure(new SocketTimeoutException("Read timed out")))
                .isPresent()) {
            timeouts++;
        }
        assertEquals(50, timeouts);
        strategy = RetryStrategies.standard("sqs", 2, HALF);
        int refused = 0;
        while (strategy.newCall().retryAfter(AttemptOutcome.failure(new ConnectException("Connection refused")))
                .isPresent()) {
            refused++;
        }
        assertEquals(100, refused);
    }

    @Test
    void aPartlySentBodyThatCannotBeReplayedIsNeverRetried() {
        RetryTracker call = RetryStrategies.standard("s3", 3, HALF).newCall();
        AttemptOutcome reset = AttemptOutcome.failure(new IOException("Connection reset"));
        assertEquals(Optional.empty(), call.retryAfter(reset.withBody(false, true)));
        call = RetryStrategies.standard("s3", 3, HALF).newCall();
        assertTrue(call.retryAfter(reset.withBody(false, false)).isPresent(), "nothing sent yet: retry");
        assertTrue(call.retryAfter(reset.withBody(true, true)).isPresent(), "replayable: retry");
    }

    @Test
    void specialCasesFollowTheService() {
        AttemptOutcome idp = error(400, "IDPCommunicationError");
        assertTrue(RetryStrategies.standard("sts", 3, HALF).newCall().retryAfter(idp).isPresent());
        assertFalse(RetryStrategies.standard("iam", 3, HALF).newCall().retryAfter(idp).isPresent());
        AttemptOutcome badCrc = ok().withChecksumMismatch(true);
        assertTrue(RetryStrategies.standard("dynamodb", 3, HALF).newCall().retryAfter(badCrc).isPresent());
        assertFalse(RetryStrategies.standard("sqs", 3, HALF).newCall().retryAfter(badCrc).isPresent());
    }

    @Test
    void adaptiveSharesTheStandardRulesAndStartsUnlimited() {
        RetryStrategy strategy = RetryStrategies.adaptive("sqs", 3, HALF, java.time.InstantSource.system());
        assertEquals(RetryMode.ADAPTIVE, strategy.mode());
        RetryTracker call = strategy.newCall();
        assertEquals(Duration.ZERO, call.beforeAttempt());
        assertEquals(Optional.of(Duration.ofMillis(500)), call.retryAfter(error(400, "ThrottlingException")));
    }

    @Test
    void adaptiveAsksCallersToWaitAfterThrottling() {
        Instant[] now = {Instant.parse("2026-11-25T12:00:00Z")};
        InstantSource clock = () -> now[0];
        RetryStrategy strategy = RetryStrategies.adaptive("sqs", 3, HALF, clock);
        RetryTracker call = strategy.newCall();
        assertEquals(Duration.ZERO, call.beforeAttempt());
        call.retryAfter(error(400, "Throttling"));
        // Measured rate is still 0, so the bucket falls to its 0.5/s floor: 2 s per token
        // (no time has passed, so no token has accumulated).
        assertEquals(Duration.ofSeconds(2), call.beforeAttempt());
        assertEquals(Duration.ofSeconds(4), strategy.newCall().beforeAttempt(), "a second caller queues behind");
    }
}
