package io.boto4j.core;

/**
 * A failure on the client side: bad input, no credentials, no endpoint, a connection or
 * parse problem. Distinct from a service error, which the service itself returned.
 */
public class SdkClientException extends SdkException {
    private static final long serialVersionUID = 1L;
    /**
     * A client-side failure.
     *
     * @param message what failed, naming the operation or input where there is one
     */
    public SdkClientException(String message) {
        super(message);
    }

    /**
     * A client-side failure, caused by another failure.
     *
     * @param message what failed, naming the operation or input where there is one
     * @param cause   the underlying failure
     */
    public SdkClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
