package io.boto4j.core;

/**
 * A failure on the client side: bad input, no credentials, no endpoint, a connection or
 * parse problem. Distinct from a service error, which the service itself returned.
 */
public class SdkClientException extends SdkException {
    public SdkClientException(String message) {
        super(message);
    }

    public SdkClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
