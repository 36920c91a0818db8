package io.boto4j.core;

/**
 * No endpoint could be resolved: the rule set ended in an error rule (the message is the rule
 * set's own error text, unchanged), a parameter was missing or of the wrong type, or no rule
 * matched.
 */
public class EndpointResolutionException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * An endpoint that could not be resolved.
     *
     * @param message the rule set's error text, or what was missing or wrong
     */
    public EndpointResolutionException(String message) {
        super(message);
    }

    /**
     * An endpoint that could not be resolved, caused by another failure.
     *
     * @param message the rule set's error text, or what was missing or wrong
     * @param cause   the underlying failure
     */
    public EndpointResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
