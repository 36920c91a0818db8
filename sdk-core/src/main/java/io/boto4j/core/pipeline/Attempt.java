package io.boto4j.core.pipeline;

import io.boto4j.core.SdkException;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.protocol.ServiceErrorDetails;
import io.boto4j.core.retry.AttemptOutcome;
import io.boto4j.core.retry.TransientTransportException;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.core.retry.TransportFailure;

import java.util.Map;

/** One attempt of a call: the {@link AttemptContext} hooks see, and its outcome. */
final class Attempt implements AttemptContext {
    private final Call call;
    private final int number;
    private final SdkHttpRequest request;
    SigningParams.Builder signing;
    /** The request id a successful response carries in its body (query, EC2), or null. */
    String bodyRequestId;
    RawResponse response;

    // The outcome, one of three: output (success), serviceError, failure.
    Map<String, Object> output;
    ServiceErrorDetails serviceError;
    Throwable failure;
    /** What the retry policy sees; null for a failure no retry can help (bad input, a bug). */
    AttemptOutcome outcome;
    boolean restartRequested;
    long nanos;
    /** Set by a hook whose integrity check the response failed: it outranks what the body parsed into. */
    private SdkException checksumFailure;

    Attempt(Call call, int number, SdkHttpRequest request) {
        this.call = call;
        this.number = number;
        this.request = request;
    }

    boolean succeeded() {
        return output != null;
    }

    /** A response parsed into the operation's output. */
    void succeeded(Map<String, Object> parsed) {
        if (checksumFailure != null) {
            checksumFailed();
            return;
        }
        this.output = parsed;
        this.outcome = AttemptOutcome.response(response.statusCode(), response.headers());
    }

    /** A response parsed into a service error. */
    void serviceError(ServiceErrorDetails error) {
        if (checksumFailure != null) {
            checksumFailed();
            return;
        }
        this.serviceError = error;
        this.outcome = withBody(AttemptOutcome.serviceError(error, response.headers(), call.operation()));
    }

    /**
     * A failure: the transport's (retried when the policy allows), or anything else (a bug, a
     * hook's refusal), which no retry can help.
     */
    void failed(Throwable cause) {
        if (checksumFailure != null && response != null) {
            // A damaged body may not parse: the damage is the failure, and it may be retried.
            checksumFailed();
            if (cause != checksumFailure) {
                checksumFailure.addSuppressed(cause);
            }
            return;
        }
        output = null;
        serviceError = null;
        failure = cause;
        // A body cut short is a lost connection as far as retrying goes.
        Throwable classified = cause instanceof TruncatedBodyException
                ? TransientTransportException.connectionLost(cause.getMessage(), cause)
                : cause;
        boolean transport = TransportFailure.classify(classified) != TransportFailure.NOT_TRANSPORT;
        outcome = classified instanceof SdkException && !transport ? null : withBody(AttemptOutcome.failure(classified));
    }

    /** Closes the connection of this attempt's response unless its body was read to the end. */
    void abortResponse() {
        if (response != null) {
            response.abort();
        }
    }

    /** The response failed a hook's integrity check: a failure the retry policy sees as a checksum mismatch. */
    private void checksumFailed() {
        output = null;
        serviceError = null;
        failure = checksumFailure;
        outcome = withBody(AttemptOutcome.response(response.statusCode(), response.headers())
                .withChecksumMismatch(true));
    }

    /** A stream that went out cannot be sent again, whatever the error says about retrying. */
    private AttemptOutcome withBody(AttemptOutcome o) {
        RequestBody body = request.body();
        return o.withBody(body == null || body.replayable(), body != null);
    }

    @Override
    public CallContext call() {
        return call;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public SdkHttpRequest request() {
        return request;
    }

    @Override
    public SigningParams.Builder signing() {
        return signing;
    }

    @Override
    public AttemptResponse response() {
        return response;
    }

    @Override
    public ServiceErrorDetails serviceError() {
        return serviceError;
    }

    @Override
    public Throwable failure() {
        return failure;
    }

    @Override
    public void failChecksum(SdkException failure) {
        java.util.Objects.requireNonNull(failure, "failure");
        if (response == null) {
            throw new IllegalStateException("failChecksum: attempt " + number + " of " + call + " has no response");
        }
        Throwable earlier = this.failure;
        checksumFailure = failure;
        if (outcome != null || earlier != null) {
            checksumFailed(); // called from afterAttempt: the outcome is known already
            if (earlier != null && earlier != failure) {
                failure.addSuppressed(earlier);
            }
        }
    }

    @Override
    public void restart() {
        restartRequested = true;
    }

    /** For the debug log: the status and error code, or the failure. */
    String describe() {
        if (serviceError != null) {
            return "HTTP " + serviceError.statusCode() + " " + serviceError.code();
        }
        if (failure != null) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        return "HTTP " + (response == null ? 0 : response.statusCode());
    }

    @Override
    public String toString() {
        return "Attempt[" + call + " #" + number + "]";
    }
}
