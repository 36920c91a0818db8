package io.boto4j.core;

/**
 * No endpoint could be resolved: the rule set ended in an error rule (the message is the rule
 * set's own error text, unchanged), a parameter was missing or of the wrong type, or no rule
 * matched.
 */
public class EndpointResolutionException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public EndpointResolutionException(String message) {
        super(message);
    }

    public EndpointResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
