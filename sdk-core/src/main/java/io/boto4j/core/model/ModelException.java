package io.boto4j.core.model;

/** A service model is malformed or a lookup in it failed. */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
