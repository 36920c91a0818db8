package io.boto4j.core.auth.token;

import io.boto4j.core.SdkClientException;

/**
 * A bearer token could not be obtained from a configured source. Messages name the source and
 * the problem; they never contain a token, a refresh token or a client secret.
 */
public class TokenException extends SdkClientException {
    private static final long serialVersionUID = 1L;
    public TokenException(String message) {
        super(message);
    }

    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
