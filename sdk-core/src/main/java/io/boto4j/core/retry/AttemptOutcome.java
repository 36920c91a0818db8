package io.boto4j.core.retry;

import io.boto4j.core.http.Headers;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.ServiceErrorDetails;

import java.util.Objects;

/**
 * How one attempt ended, as the retry logic needs to see it: either a response (status,
 * headers, the parsed error code when it is an error) or a client-side failure, plus what the
 * request body allows.
 *
 * <p>Build it with {@link #response}, {@link #serviceError} or {@link #failure}, then add the
 * body facts with {@link #withBody} and, for DynamoDB's CRC32 check, {@link #withChecksumMismatch}.
 * Immutable.
 *
 * @param statusCode       the HTTP status, or 0 when no response arrived
 * @param errorCode        the service error code, or null
 * @param modeledRetry     what the operation's modeled error says about retrying
 * @param failure          the exception for a client-side failure, or null when a response arrived
 * @param headers          the response headers (empty when no response)
 * @param bodyReplayable   whether the request body can be sent again from its start
 * @param bodyPartlySent   whether some of the request body was already sent
 * @param checksumMismatch whether the response failed its {@code x-amz-crc32} check
 *                         (see {@link ResponseChecksums#crc32Mismatch})
 */
public record AttemptOutcome(int statusCode, String errorCode, ModeledRetry modeledRetry, Throwable failure,
                             Headers headers, boolean bodyReplayable, boolean bodyPartlySent,
                             boolean checksumMismatch) {

    /**
     * Checks the components; null {@code headers} become empty headers.
     *
     * @param statusCode       the HTTP status, or 0 when no response arrived
     * @param errorCode        the service error code, or null
     * @param modeledRetry     what the operation's modeled error says about retrying, not null
     * @param failure          the client-side failure, or null when a response arrived
     * @param headers          the response headers, or null for none
     * @param bodyReplayable   whether the request body can be sent again from its start
     * @param bodyPartlySent   whether some of the request body was already sent
     * @param checksumMismatch whether the response failed its {@code x-amz-crc32} check
     * @throws NullPointerException when {@code modeledRetry} is null
     * @throws IllegalArgumentException when there is neither a failure nor a positive status
     */
    public AttemptOutcome {
        Objects.requireNonNull(modeledRetry, "modeledRetry");
        headers = headers == null ? new Headers() : headers;
        if (failure == null && statusCode <= 0) {
            throw new IllegalArgumentException("an outcome needs a response status or a failure");
        }
    }

    /**
     * A response that is not a service error (usually 2xx). The body is assumed replayable.
     *
     * @param statusCode the HTTP status, positive
     * @param headers the response headers, or null for none
     * @return the outcome
     */
    public static AttemptOutcome response(int statusCode, Headers headers) {
        return new AttemptOutcome(statusCode, null, ModeledRetry.NONE, null, headers, true, false, false);
    }

    /**
     * A parsed error response. {@code operation} (may be null) supplies the modeled errors whose
     * {@code retryable} trait botocore consults; only the operation's own errors count.
     *
     * @param error the parsed error (status and code)
     * @param headers the response headers, or null for none
     * @param operation the operation called, or null when unknown
     * @return the outcome
     * @throws NullPointerException when {@code error} is null
     */
    public static AttemptOutcome serviceError(ServiceErrorDetails error, Headers headers, OperationModel operation) {
        Objects.requireNonNull(error, "error");
        return new AttemptOutcome(error.statusCode(), error.code(), modeledRetry(operation, error.code()), null,
                headers, true, false, false);
    }

    /**
     * An error response known only by status and code (no model at hand).
     *
     * @param statusCode the HTTP status, positive
     * @param errorCode the service error code, e.g. {@code SlowDown}, or null
     * @param headers the response headers, or null for none
     * @return the outcome
     */
    public static AttemptOutcome serviceError(int statusCode, String errorCode, Headers headers) {
        return new AttemptOutcome(statusCode, errorCode, ModeledRetry.NONE, null, headers, true, false, false);
    }

    /**
     * A client-side failure raised by the transport (no response).
     *
     * @param failure the exception, e.g. a {@link java.net.ConnectException}
     * @return the outcome, status 0
     * @throws NullPointerException when {@code failure} is null
     */
    public static AttemptOutcome failure(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        return new AttemptOutcome(0, null, ModeledRetry.NONE, failure, null, true, false, false);
    }

    /**
     * The same outcome with the request body's replay facts.
     *
     * @param replayable whether the request body can be sent again from its start
     * @param partlySent whether some of it was already sent in this attempt
     * @return a new outcome; this one is unchanged
     */
    public AttemptOutcome withBody(boolean replayable, boolean partlySent) {
        return new AttemptOutcome(statusCode, errorCode, modeledRetry, failure, headers, replayable, partlySent,
                checksumMismatch);
    }

    /**
     * The same outcome with the response checksum verdict.
     *
     * @param mismatch whether the response failed its {@code x-amz-crc32} check
     * @return a new outcome; this one is unchanged
     */
    public AttemptOutcome withChecksumMismatch(boolean mismatch) {
        return new AttemptOutcome(statusCode, errorCode, modeledRetry, failure, headers, bodyReplayable,
                bodyPartlySent, mismatch);
    }

    /**
     * The same outcome with a modeled-retry verdict computed elsewhere.
     *
     * @param modeled the verdict, not null
     * @return a new outcome; this one is unchanged
     */
    public AttemptOutcome withModeledRetry(ModeledRetry modeled) {
        return new AttemptOutcome(statusCode, errorCode, modeled, failure, headers, bodyReplayable, bodyPartlySent,
                checksumMismatch);
    }

    /** {@return whether a response arrived (no client-side failure)} */
    public boolean hasResponse() {
        return failure == null;
    }

    /** {@return the transport failure's category; {@link TransportFailure#NOT_TRANSPORT} when a response arrived} */
    public TransportFailure transportFailure() {
        return failure == null ? TransportFailure.NOT_TRANSPORT : TransportFailure.classify(failure);
    }

    /**
     * A 2xx response with no error code and a good checksum: the call is done. The pipeline calls
     * {@link RetryTracker#onSuccess} for such an outcome and {@link RetryTracker#retryAfter} for
     * every other one.
     *
     * @return whether the attempt succeeded
     */
    public boolean isSuccess() {
        return hasResponse() && statusCode >= 200 && statusCode < 300 && errorCode == null && !checksumMismatch;
    }

    /**
     * Whether the request may be sent again: a body that cannot be replayed is never sent again
     * once part of it went out.
     *
     * @return false only for a non-replayable body partly sent
     */
    public boolean canResend() {
        return bodyReplayable || !bodyPartlySent;
    }

    /**
     * The first value of a response header.
     *
     * @param name the header's name, any case
     * @return its first value, or null when absent (always for a failure)
     */
    public String header(String name) {
        return headers.first(name);
    }

    /**
     * botocore's {@code ModeledRetryErrorDetector}: the first error of the operation that has a
     * {@code retryable} trait and whose code (error trait code, else shape name) equals {@code code}.
     *
     * @param operation the operation called, or null
     * @param code the response's error code, or null
     * @return {@code THROTTLING} or {@code TRANSIENT} per the trait's {@code throttling} flag;
     *         {@code NONE} when there is no such error (or either argument is null)
     */
    public static ModeledRetry modeledRetry(OperationModel operation, String code) {
        if (operation == null || code == null) {
            return ModeledRetry.NONE;
        }
        for (Shape shape : operation.errors()) {
            var retryable = shape.trait("retryable");
            if (retryable == null || retryable.isMissingNode() || retryable.isNull()) {
                continue;
            }
            if (code.equals(shape.errorCode())) {
                return retryable.path("throttling").asBoolean(false) ? ModeledRetry.THROTTLING
                        : ModeledRetry.TRANSIENT;
            }
        }
        return ModeledRetry.NONE;
    }

    @Override
    public String toString() {
        // Headers and the failure's message stay out: the message may echo a URL.
        return "AttemptOutcome[status=" + statusCode + ", errorCode=" + errorCode + ", modeledRetry=" + modeledRetry
                + ", failure=" + (failure == null ? null : failure.getClass().getName())
                + ", bodyReplayable=" + bodyReplayable + ", bodyPartlySent=" + bodyPartlySent
                + ", checksumMismatch=" + checksumMismatch + "]";
    }
}
