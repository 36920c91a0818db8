package io.boto4j.core;


/** A call, retries included, took longer than the client's call timeout. */
public final class CallTimeoutException extends SdkClientException {
    public CallTimeoutException(String message) {
        super(message);
    }
}
