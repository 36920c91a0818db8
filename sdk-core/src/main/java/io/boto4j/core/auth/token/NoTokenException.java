package io.boto4j.core.auth.token;

/** The source is not configured at all; a chain moves on to the next source (botocore's {@code NoAuthTokenError} when none is). */
public class NoTokenException extends TokenException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports that the source is not configured.
     *
     * @param message says what was looked for, e.g. which variable is unset
     */
    public NoTokenException(String message) {
        super(message);
    }
}
