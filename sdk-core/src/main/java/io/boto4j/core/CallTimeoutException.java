package io.boto4j.core;


import java.time.Duration;

/** A call, retries included, took longer than the client's call timeout. */
public final class CallTimeoutException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    public CallTimeoutException(String message) {
        this(message, null);
    }

    public CallTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    /** The call timeout that passed, when known. */
    public Duration timeout() {
        return timeout;
    }
}
