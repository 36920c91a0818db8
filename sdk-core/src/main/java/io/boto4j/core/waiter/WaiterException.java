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

    private final String waiterName;
    private final String reason;
    private final int attempts;
    private final transient Attempt lastAttempt;

    protected WaiterException(String waiterName, String reason, int attempts, Attempt lastAttempt) {
        super("Waiter " + waiterName + " failed: " + reason);
        this.waiterName = waiterName;
        this.reason = reason;
        this.attempts = attempts;
        this.lastAttempt = lastAttempt;
    }

    public String waiterName() {
        return waiterName;
    }

    /** Why the waiter stopped, in botocore's words. */
    public String reason() {
        return reason;
    }

    /** How many calls were made. */
    public int attempts() {
        return attempts;
    }

    /** The outcome of the last call (absent only after deserialization). */
    public Optional<Attempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }
}
