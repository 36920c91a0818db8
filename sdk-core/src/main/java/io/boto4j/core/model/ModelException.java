package io.boto4j.core.model;

import io.boto4j.core.SdkClientException;

/** A service model is malformed or a lookup in it failed. */
public class ModelException extends SdkClientException {
    private static final long serialVersionUID = 1L;
    /**
     * A model problem.
     *
     * @param message what is wrong, naming the service, shape or operation
     */
    public ModelException(String message) {
        super(message);
    }

    /**
     * A model problem found through another failure.
     *
     * @param message what is wrong, naming the service, shape or operation
     * @param cause the failure that revealed it, e.g. a JSON parse error
     */
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
