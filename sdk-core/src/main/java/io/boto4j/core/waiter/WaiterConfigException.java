package io.boto4j.core.waiter;

import io.boto4j.core.SdkClientException;

/** A {@code waiters-2.json} this engine cannot use (unsupported version, unknown matcher). */
public class WaiterConfigException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports a waiter document this engine cannot use.
     *
     * @param message what is wrong with the document, naming the waiter where there is one
     */
    public WaiterConfigException(String message) {
        super(message);
    }

    /**
     * Reports a waiter document this engine cannot use, found by another failure.
     *
     * @param message what is wrong with the document, naming the waiter where there is one
     * @param cause   the failure that found it, e.g. the JMESPath compiler's
     */
    public WaiterConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
