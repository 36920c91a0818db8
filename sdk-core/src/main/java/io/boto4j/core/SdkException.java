package io.boto4j.core;

/** The root of every exception boto4j throws. */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /**
     * An SDK failure.
     *
     * @param message what failed; never credentials or request contents
     */
    public SdkException(String message) {
        super(message);
    }

    /**
     * An SDK failure, caused by another failure.
     *
     * @param message what failed; never credentials or request contents
     * @param cause   the underlying failure
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
