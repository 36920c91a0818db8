package io.boto4j.core.waiter;

/** The waiter made its maximum number of attempts without reaching success or failure. */
public final class WaiterTimeoutException extends WaiterException {
    private static final long serialVersionUID = 1L;

    public WaiterTimeoutException(String waiterName, String reason, int attempts, Attempt lastAttempt) {
        super(waiterName, reason, attempts, lastAttempt);
    }
}
