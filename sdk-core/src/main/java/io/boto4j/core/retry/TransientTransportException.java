package io.boto4j.core.retry;

import java.io.IOException;

/**
 * Marks a transport failure as transient when its own exception type does not say so
 * (e.g. a Vert.x timeout or "connection closed" exception, which is not an {@link IOException}).
 * A transport wraps such failures in this type so retry classification stays
 * transport-neutral. Never put request contents or credentials in the message.
 */
public final class TransientTransportException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether the failure is a timeout rather than a lost connection. */
    private final boolean timeout;

    private TransientTransportException(String message, Throwable cause, boolean timeout) {
        super(message, cause);
        this.timeout = timeout;
    }

    /**
     * The connection was lost, reset or closed before a full response arrived
     * ({@link TransportFailure#CONNECTION_CLOSED}).
     *
     * @param message what happened, e.g. {@code "connection closed while reading the response"}
     * @param cause the transport's own exception, or null
     * @return the exception, to throw or to fail a future with
     */
    public static TransientTransportException connectionLost(String message, Throwable cause) {
        return new TransientTransportException(message, cause, false);
    }

    /**
     * Connecting or waiting for the response took longer than configured
     * ({@link TransportFailure#READ_TIMEOUT}).
     *
     * @param message what timed out and after how long
     * @param cause the transport's own exception, or null
     * @return the exception, to throw or to fail a future with
     */
    public static TransientTransportException timeout(String message, Throwable cause) {
        return new TransientTransportException(message, cause, true);
    }

    /** {@return whether this is a timeout (made by {@link #timeout}) rather than a lost connection} */
    public boolean isTimeout() {
        return timeout;
    }
}
