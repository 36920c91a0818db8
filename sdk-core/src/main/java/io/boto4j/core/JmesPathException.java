package io.boto4j.core;

/**
 * A JMESPath expression that does not compile, or an evaluation that fails. The {@link #kind()}
 * uses the error categories of the JMESPath compliance tests.
 */
public final class JmesPathException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    /** Error categories, named as in the JMESPath compliance suite. */
    public enum Kind {
        /** The expression is not valid JMESPath. */
        SYNTAX,
        /** A function name that JMESPath does not define. */
        UNKNOWN_FUNCTION,
        /** A function called with the wrong number of arguments. */
        INVALID_ARITY,
        /** A function argument of the wrong type. */
        INVALID_TYPE,
        /** A value that is out of range, such as a slice step of 0. */
        INVALID_VALUE
    }

    /** The error's category. */
    private final Kind kind;

    /**
     * A JMESPath failure.
     *
     * @param kind    the error's category
     * @param message what is wrong, with the expression or the offending value
     */
    public JmesPathException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * The error's category, as the JMESPath compliance tests name it.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
