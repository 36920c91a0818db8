package io.boto4j.core.internal.endpoints.jmespath;

/** A path outside the supported subset, a syntax error, or a type error during evaluation. */
public final class JmesPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JmesPathException(String message) {
        super(message);
    }
}
