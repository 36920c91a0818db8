package io.boto4j.core.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Clock-skew correction. botocore does not correct skew; boto4j does it the way the AWS SDK
 * for Java v2 and the JS SDK do: when a response carries one of the signing-time error codes
 * and its {@code Date} header is more than 4 minutes away from the client's (corrected) clock,
 * the offset becomes {@code serverDate - localNow}. The pipeline keeps the offset per client,
 * signs with {@code localNow + offset} and retries the attempt once.
 */
public final class ClockSkew {

    /** Error codes that can mean "the request's signing time is off" (AWS SDKs' shared list). */
    public static final Set<String> CLOCK_SKEW_ERROR_CODES = Set.of(
            "RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture",
            "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure");

    /** Differences up to this are left alone (SigV4 accepts 5 minutes; SDKs act beyond 4). */
    public static final Duration THRESHOLD = Duration.ofMinutes(4);

    private ClockSkew() {
    }

    /**
     * Whether a service error code says the request's signing time was too far from the
     * server's clock (e.g. {@code RequestTimeTooSkewed}).
     *
     * @param code a service error code, or null
     * @return true when it is one of {@link #CLOCK_SKEW_ERROR_CODES}; false for null
     */
    public static boolean isClockSkewErrorCode(String code) {
        return code != null && CLOCK_SKEW_ERROR_CODES.contains(code);
    }

    /**
     * The corrected offset to sign with from now on, or empty when the outcome is not a skew
     * error, has no parseable {@code Date} header, or the corrected clock is already within
     * {@link #THRESHOLD} of the server's.
     *
     * @param localNow      the local clock when the response arrived (without the offset)
     * @param outcome       the attempt's outcome
     * @param currentOffset the offset in use for this attempt
     * @return the new offset ({@code serverDate - localNow}), or empty to leave it as it is
     */
    public static Optional<Duration> correction(AttemptOutcome outcome, Instant localNow, Duration currentOffset) {
        if (!outcome.hasResponse() || !isClockSkewErrorCode(outcome.errorCode())) {
            return Optional.empty();
        }
        Optional<Instant> serverTime = serverTime(outcome.header("Date"));
        if (serverTime.isEmpty()) {
            return Optional.empty();
        }
        Duration skew = Duration.between(localNow.plus(currentOffset), serverTime.get()).abs();
        if (skew.compareTo(THRESHOLD) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(localNow, serverTime.get()));
    }

    /**
     * Parses an HTTP {@code Date} header (RFC 1123).
     *
     * @param dateHeader the header's value, e.g. {@code Tue, 3 Jun 2008 11:05:30 GMT}, or null
     * @return the instant, or empty when absent, blank or malformed
     */
    public static Optional<Instant> serverTime(String dateHeader) {
        if (dateHeader == null || dateHeader.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(dateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
