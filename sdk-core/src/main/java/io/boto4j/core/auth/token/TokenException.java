package io.boto4j.core.auth.token;

import io.boto4j.core.SdkClientException;

/**
 * A bearer token could not be obtained from a configured source. Messages name the source and
 * the problem; they never contain a token, a refresh token or a client secret.
 */
public class TokenException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure without an underlying exception.
     *
     * @param message names the source and the problem; must not contain a token or secret
     */
    public TokenException(String message) {
        super(message);
    }

    /**
     * A failure caused by another exception.
     *
     * @param message names the source and the problem; must not contain a token or secret
     * @param cause the underlying failure
     */
    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
