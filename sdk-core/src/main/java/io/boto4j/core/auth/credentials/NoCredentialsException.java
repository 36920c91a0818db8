package io.boto4j.core.auth.credentials;

/** The source is not configured at all; a chain moves on to the next source. */
public class NoCredentialsException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    /**
     * Reports that the source is not configured.
     *
     * @param message says what was looked for, e.g. that no container endpoint is set
     */
    public NoCredentialsException(String message) {
        super(message);
    }
}
