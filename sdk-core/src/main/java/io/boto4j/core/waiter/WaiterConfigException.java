package io.boto4j.core.waiter;

import io.boto4j.core.SdkClientException;

/** A {@code waiters-2.json} this engine cannot use (unsupported version, unknown matcher). */
public class WaiterConfigException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public WaiterConfigException(String message) {
        super(message);
    }
}
