package io.boto4j.core;


/**
 * A response body ended before (or ran past) its {@code Content-Length}: the connection was
 * cut. Never a short result; the call is retried when the retry policy allows.
 */
public final class TruncatedBodyException extends SdkClientException {
    private static final long serialVersionUID = 1L;
    /**
     * A body cut short.
     *
     * @param message the expected and received lengths and the operation
     */
    public TruncatedBodyException(String message) {
        super(message);
    }
}
