package io.boto4j.core.waiter;

/**
 * The waiter reached a failure state, or the call failed with a service error that no
 * acceptor expects (botocore does not retry those).
 */
public final class WaiterFailureException extends WaiterException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports that the waiter reached a failure state or met an unexpected error; the message is
     * botocore's {@code Waiter NAME failed: REASON}.
     *
     * @param waiterName the waiter's name, e.g. {@code TableExists}
     * @param reason the failure state's explanation, or the unexpected error's code and message
     * @param attempts how many calls were made
     * @param lastAttempt the call that failed
     */
    public WaiterFailureException(String waiterName, String reason, int attempts, Attempt lastAttempt) {
        super(waiterName, reason, attempts, lastAttempt);
    }
}
