package io.boto4j.core.model;

import io.boto4j.core.SdkClientException;

/** A service model is malformed or a lookup in it failed. */
public class ModelException extends SdkClientException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
