package io.boto4j.core.waiter;

import io.boto4j.core.SdkClientException;
import java.util.Optional;

/**
 * A waiter gave up. The message is botocore's: {@code Waiter <name> failed: <reason>}. The
 * subclasses tell a terminal state ({@link WaiterFailureException}) from running out of
 * attempts ({@link WaiterTimeoutException}).
 */
public abstract class WaiterException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** The waiter's name, e.g. {@code TableExists}. */
    private final String waiterName;
    /** Why the waiter stopped, in botocore's words. */
    private final String reason;
    /** How many calls were made. */
    private final int attempts;
    private final transient Attempt lastAttempt;

    /**
     * Creates the exception with botocore's message, {@code Waiter NAME failed: REASON}.
     *
     * @param waiterName the waiter's name, e.g. {@code TableExists}
     * @param reason why it stopped, in botocore's words
     * @param attempts how many calls were made
     * @param lastAttempt the outcome of the last call
     */
    protected WaiterException(String waiterName, String reason, int attempts, Attempt lastAttempt) {
        super("Waiter " + waiterName + " failed: " + reason);
        this.waiterName = waiterName;
        this.reason = reason;
        this.attempts = attempts;
        this.lastAttempt = lastAttempt;
    }

    /** {@return the waiter's name, e.g. {@code TableExists}} */
    public String waiterName() {
        return waiterName;
    }

    /** {@return why the waiter stopped, in botocore's words} */
    public String reason() {
        return reason;
    }

    /** {@return how many calls were made} */
    public int attempts() {
        return attempts;
    }

    /** {@return the outcome of the last call (absent only after deserialization)} */
    public Optional<Attempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }
}
