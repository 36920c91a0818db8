package io.boto4j.core;


import java.time.Duration;

/** A call, retries included, took longer than the client's call timeout. */
public final class CallTimeoutException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    /**
     * A call timeout whose bound is not known.
     *
     * @param message what timed out, naming the operation
     */
    public CallTimeoutException(String message) {
        this(message, null);
    }

    /**
     * A call timeout.
     *
     * @param message what timed out, naming the operation and the bound
     * @param timeout the call timeout that passed, or null when not known
     */
    public CallTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    /**
     * The call timeout that passed, when known.
     *
     * @return the bound, or null when not known (also after deserialization: the field is transient)
     */
    public Duration timeout() {
        return timeout;
    }
}
