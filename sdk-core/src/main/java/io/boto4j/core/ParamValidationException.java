package io.boto4j.core;


import java.util.List;

/**
 * The input of a call is invalid. Raised before any I/O, with every problem found, each
 * with the path of the offending parameter ({@code Delete.Objects[3].Key}).
 */
public final class ParamValidationException extends SdkClientException {
    private static final long serialVersionUID = 1L;
    /** The service's name. */
    private final String service;
    /** The operation called. */
    private final String operation;
    /** Every problem found. */
    private final List<Problem> problems;

    /**
     * One problem: where, and what is wrong there.
     *
     * @param path    the offending parameter's path, e.g. {@code Delete.Objects[3].Key}
     * @param message the problem in words, naming the parameter
     * @serial exclude (its serial form is its two components; JDK 17's javadoc would otherwise
     *         ask a comment of the record's implicit fields, which cannot carry one)
     */
    public record Problem(String path, String message) implements java.io.Serializable {
        @Override
        public String toString() {
            return message;
        }
    }

    /**
     * An invalid input; the message lists every problem, one per line.
     *
     * @param service   the service's name, e.g. {@code s3}
     * @param operation the operation called, e.g. {@code PutObject}
     * @param problems  the problems found; copied
     */
    public ParamValidationException(String service, String operation, List<Problem> problems) {
        super(message(service, operation, problems));
        this.service = service;
        this.operation = operation;
        this.problems = List.copyOf(problems);
    }

    private static String message(String service, String operation, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("Parameter validation failed for ")
                .append(service).append('.').append(operation).append(':');
        for (Problem p : problems) {
            sb.append("\n  ").append(p.message());
        }
        return sb.toString();
    }

    /**
     * The service whose operation was called.
     *
     * @return the service's name, e.g. {@code s3}
     */
    public String service() {
        return service;
    }

    /**
     * The operation (or custom method) called.
     *
     * @return the operation's name, e.g. {@code PutObject}
     */
    public String operation() {
        return operation;
    }

    /**
     * Every problem found, in the order found.
     *
     * @return an immutable, non-empty list (when built by the SDK)
     */
    public List<Problem> problems() {
        return problems;
    }
}
