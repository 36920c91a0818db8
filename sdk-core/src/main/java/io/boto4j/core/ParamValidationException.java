package io.boto4j.core;


import java.util.List;

/**
 * The input of a call is invalid. Raised before any I/O, with every problem found, each
 * with the path of the offending parameter ({@code Delete.Objects[3].Key}).
 */
public final class ParamValidationException extends SdkClientException {
    private final String service;
    private final String operation;
    private final List<Problem> problems;

    /** One problem: where, and what is wrong there. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

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

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    public List<Problem> problems() {
        return problems;
    }
}
