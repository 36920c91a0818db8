package io.boto4j.core.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * The retry state of one call, from {@link RetryStrategy#newCall()}. The pipeline, for each
 * attempt:
 * <ol>
 *   <li>waits {@link #beforeAttempt()} (a client-side rate limit; zero except in adaptive mode),
 *       then sends;
 *   <li>if the outcome {@link AttemptOutcome#isSuccess() is a success}, calls
 *       {@link #onSuccess} and finishes;
 *   <li>otherwise calls {@link #retryAfter}: a delay means "schedule the next attempt after it",
 *       empty means "stop and report this outcome".
 * </ol>
 * Every attempt's outcome goes to exactly one of {@code onSuccess}/{@code retryAfter}. Nothing
 * here sleeps or blocks. A tracker belongs to one call and its attempts are sequential, so it
 * is not synchronised itself; the shared client-wide state behind it is thread-safe.
 */
public interface RetryTracker {

    /**
     * How long to wait before sending the next attempt (the first one included). May update
     * client-wide state (adaptive mode's token bucket), so call it once per attempt.
     *
     * @return the wait, {@link Duration#ZERO} unless adaptive mode's rate limiter holds the call back
     */
    Duration beforeAttempt();

    /**
     * Records a failed attempt and decides whether to retry it.
     *
     * @param outcome how the attempt ended (anything but {@link AttemptOutcome#isSuccess() a success})
     * @return the delay before the next attempt, or empty to stop. When empty is returned for a
     *         2xx response (e.g. a checksum mismatch out of attempts) the call counts as
     *         finished successfully; do not call {@link #onSuccess} as well.
     */
    Optional<Duration> retryAfter(AttemptOutcome outcome);

    /**
     * Records the successful final attempt (refunds retry quota, feeds the rate limiter).
     *
     * @param outcome the successful attempt's outcome
     */
    void onSuccess(AttemptOutcome outcome);

    /** {@return total attempts allowed for this call, the first included (the {@code max} in {@code amz-sdk-request})} */
    int maxAttempts();

    /** {@return the number of attempts whose outcome has been recorded so far} */
    int attemptsMade();
}
