package io.boto4j.core.waiter;

/** The waiter made its maximum number of attempts without reaching success or failure. */
public final class WaiterTimeoutException extends WaiterException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports that the waiter ran out of attempts; the message is botocore's
     * {@code Waiter NAME failed: REASON}.
     *
     * @param waiterName the waiter's name, e.g. {@code TableExists}
     * @param reason {@code Max attempts exceeded}, with the last accepted state if any
     * @param attempts how many calls were made
     * @param lastAttempt the last call's outcome
     */
    public WaiterTimeoutException(String waiterName, String reason, int attempts, Attempt lastAttempt) {
        super(waiterName, reason, attempts, lastAttempt);
    }
}
