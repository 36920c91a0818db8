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

    public AttemptOutcome {
        Objects.requireNonNull(modeledRetry, "modeledRetry");
        headers = headers == null ? new Headers() : headers;
        if (failure == null && statusCode <= 0) {
            throw new IllegalArgumentException("an outcome needs a response status or a failure");
        }
    }

    /** A response that is not a service error (usually 2xx). The body is assumed replayable. */
    public static AttemptOutcome response(int statusCode, Headers headers) {
        return new AttemptOutcome(statusCode, null, ModeledRetry.NONE, null, headers, true, false, false);
    }

    /**
     * A parsed error response. {@code operation} (may be null) supplies the modeled errors whose
     * {@code retryable} trait botocore consults; only the operation's own errors count.
     */
    public static AttemptOutcome serviceError(ServiceErrorDetails error, Headers headers, OperationModel operation) {
        Objects.requireNonNull(error, "error");
        return new AttemptOutcome(error.statusCode(), error.code(), modeledRetry(operation, error.code()), null,
                headers, true, false, false);
    }

    /** An error response known only by status and code (no model at hand). */
    public static AttemptOutcome serviceError(int statusCode, String errorCode, Headers headers) {
        return new AttemptOutcome(statusCode, errorCode, ModeledRetry.NONE, null, headers, true, false, false);
    }

    /** A client-side failure raised by the transport (no response). */
    public static AttemptOutcome failure(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        return new AttemptOutcome(0, null, ModeledRetry.NONE, failure, null, true, false, false);
    }

    /** The same outcome with the request body's replay facts. */
    public AttemptOutcome withBody(boolean replayable, boolean partlySent) {
        return new AttemptOutcome(statusCode, errorCode, modeledRetry, failure, headers, replayable, partlySent,
                checksumMismatch);
    }

    /** The same outcome with the response checksum verdict. */
    public AttemptOutcome withChecksumMismatch(boolean mismatch) {
        return new AttemptOutcome(statusCode, errorCode, modeledRetry, failure, headers, bodyReplayable,
                bodyPartlySent, mismatch);
    }

    /** The same outcome with a modeled-retry verdict computed elsewhere. */
    public AttemptOutcome withModeledRetry(ModeledRetry modeled) {
        return new AttemptOutcome(statusCode, errorCode, modeled, failure, headers, bodyReplayable, bodyPartlySent,
                checksumMismatch);
    }

    public boolean hasResponse() {
        return failure == null;
    }

    /** The transport failure category; {@link TransportFailure#NOT_TRANSPORT} when a response arrived. */
    public TransportFailure transportFailure() {
        return failure == null ? TransportFailure.NOT_TRANSPORT : TransportFailure.classify(failure);
    }

    /**
     * A 2xx response with no error code and a good checksum: the call is done. The pipeline calls
     * {@link RetryTracker#onSuccess} for such an outcome and {@link RetryTracker#retryAfter} for
     * every other one.
     */
    public boolean isSuccess() {
        return hasResponse() && statusCode >= 200 && statusCode < 300 && errorCode == null && !checksumMismatch;
    }

    /** A body that cannot be replayed is never sent again once part of it went out. */
    public boolean canResend() {
        return bodyReplayable || !bodyPartlySent;
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        return headers.first(name);
    }

    /**
     * botocore's {@code ModeledRetryErrorDetector}: the first error of the operation that has a
     * {@code retryable} trait and whose code (error trait code, else shape name) equals {@code code}.
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
