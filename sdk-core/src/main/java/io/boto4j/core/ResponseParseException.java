package io.boto4j.core;

import io.boto4j.core.protocol.ResponseLimits;

/**
 * A response that cannot be read as the model describes it: a body that is not well-formed
 * JSON, XML or CBOR, a value of the wrong type, or input past one of the SDK's bounds on
 * nesting depth, number and string sizes or body size ({@link ResponseLimits}). The response
 * came from the network, so this is what a hostile or broken server produces: never retried,
 * and the message says what was wrong without echoing more than a short excerpt of the body.
 */
public class ResponseParseException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /**
     * A response that cannot be read.
     *
     * @param message what was wrong, with at most a short excerpt of the body
     */
    public ResponseParseException(String message) {
        super(message);
    }

    /**
     * A response that cannot be read, caused by another failure.
     *
     * @param message what was wrong, with at most a short excerpt of the body
     * @param cause   the parser's exception
     */
    public ResponseParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
