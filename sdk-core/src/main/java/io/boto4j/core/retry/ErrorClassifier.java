package io.boto4j.core.retry;

import java.util.Set;

/**
 * botocore's standard-mode error classification ({@code botocore/retries/standard.py} and
 * {@code special.py}): which attempt outcomes are transient, throttling, or retryable at all.
 * Pure functions over an {@link AttemptOutcome}.
 *
 * <p>As in botocore, throttling is recognised by error code (or the modeled
 * {@code retryable.throttling} trait) only: a bare 429 without a known code is neither
 * throttling nor transient in standard mode. Legacy mode retries 429 through its
 * {@code _retry.json} policy.
 */
public final class ErrorClassifier {

    /** The union of error codes botocore treats as throttling. */
    public static final Set<String> THROTTLING_ERROR_CODES = Set.of(
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
            "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException");

    /** Error codes botocore treats as transient. */
    public static final Set<String> TRANSIENT_ERROR_CODES = Set.of(
            "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete");

    /** HTTP statuses botocore treats as transient. */
    public static final Set<Integer> TRANSIENT_STATUS_CODES = Set.of(500, 502, 503, 504);

    private ErrorClassifier() {
    }

    /**
     * botocore's {@code ThrottlingErrorDetector}: a throttling code or a modeled throttling error.
     *
     * @param outcome the attempt's outcome
     * @return whether it is a throttling error (never for an outcome without an error code)
     */
    public static boolean isThrottling(AttemptOutcome outcome) {
        String code = outcome.errorCode();
        if (code == null) {
            return false;
        }
        return THROTTLING_ERROR_CODES.contains(code) || outcome.modeledRetry() == ModeledRetry.THROTTLING;
    }

    /**
     * botocore's {@code TransientRetryableChecker}: transient code or status, or a transport failure.
     *
     * @param outcome the attempt's outcome
     * @return whether it is transient; true for every failure {@link TransportFailure#classify}
     *         recognises as a transport one
     */
    public static boolean isTransient(AttemptOutcome outcome) {
        if (outcome.errorCode() != null && TRANSIENT_ERROR_CODES.contains(outcome.errorCode())) {
            return true;
        }
        if (outcome.hasResponse()) {
            return TRANSIENT_STATUS_CODES.contains(outcome.statusCode());
        }
        return outcome.transportFailure() != TransportFailure.NOT_TRANSPORT;
    }

    /**
     * botocore's {@code ModeledRetryableChecker}: the error is one of the operation's errors with a
     * {@code retryable} trait.
     *
     * @param outcome the attempt's outcome
     * @return whether it has an error code and a modeled retry verdict
     */
    public static boolean isModeledRetryable(AttemptOutcome outcome) {
        return outcome.errorCode() != null && outcome.modeledRetry() != ModeledRetry.NONE;
    }

    /**
     * botocore's {@code special.py}: STS {@code IDPCommunicationError} and a DynamoDB response
     * failing its CRC32 check are retryable.
     *
     * @param outcome the attempt's outcome
     * @param serviceName the service's model name (botocore's {@code service_model.service_name})
     * @return whether one of these special cases applies
     */
    public static boolean isSpecialRetryable(AttemptOutcome outcome, String serviceName) {
        if ("sts".equals(serviceName)) {
            return "IDPCommunicationError".equals(outcome.errorCode());
        }
        if ("dynamodb".equals(serviceName)) {
            return outcome.hasResponse() && outcome.checksumMismatch();
        }
        return false;
    }

    /**
     * botocore's {@code StandardRetryConditions} without the attempt count: transient,
     * throttling, modeled retryable or special-cased.
     *
     * @param outcome the attempt's outcome
     * @param serviceName the service's model name, e.g. {@code dynamodb}
     * @return whether standard mode would retry it, attempts and quota permitting
     */
    public static boolean isRetryable(AttemptOutcome outcome, String serviceName) {
        return isTransient(outcome) || isThrottling(outcome) || isModeledRetryable(outcome)
                || isSpecialRetryable(outcome, serviceName);
    }
}
