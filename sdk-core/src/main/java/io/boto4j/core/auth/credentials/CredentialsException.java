package io.boto4j.core.auth.credentials;

import io.boto4j.core.SdkClientException;

/**
 * Credentials could not be obtained from a configured source. Messages name the source and
 * the problem; they never contain secret keys, session tokens or raw service responses.
 */
public class CredentialsException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure without an underlying exception.
     *
     * @param message names the source and the problem; must not contain a secret
     */
    public CredentialsException(String message) {
        super(message);
    }

    /**
     * A failure caused by another exception (an I/O error, a failed STS call...).
     *
     * @param message names the source and the problem; must not contain a secret
     * @param cause the underlying failure
     */
    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }

    static RuntimeException unwrap(Throwable t) {
        Throwable root = CredentialsProvider.rootOf(t);
        if (root instanceof RuntimeException re) {
            return re;
        }
        return new CredentialsException("Unable to resolve credentials: " + root.getClass().getSimpleName(), root);
    }
}
