package io.boto4j.core.introspect;

import java.util.List;

/**
 * An operation: how it goes over HTTP, what it takes, what it returns, which errors the
 * model names.
 *
 * @param service       the service's name, e.g. {@code s3}
 * @param name          the operation's name, e.g. {@code GetObject}
 * @param httpMethod    the HTTP method, e.g. {@code GET}
 * @param requestUri    the request URI template, e.g. {@code /{Bucket}/{Key+}}
 * @param input         the input shape; of type {@code none} (and no name) when the operation takes no input
 * @param output        the output shape; of type {@code none} (and no name) when the operation returns no output
 * @param errors        the names of the error shapes the model declares for it; immutable
 * @param deprecated    whether the model marks it as deprecated
 * @param documentation from the model, or null when it has none
 */
public record OperationInfo(String service, String name, String httpMethod, String requestUri, ShapeInfo input,
                            ShapeInfo output, List<String> errors, boolean deprecated, String documentation) {

    /**
     * Copies the errors.
     *
     * @param service       the service's name
     * @param name          the operation's name
     * @param httpMethod    the HTTP method
     * @param requestUri    the request URI template
     * @param input         the input shape
     * @param output        the output shape
     * @param errors        the declared errors' names; copied
     * @param deprecated    whether it is deprecated
     * @param documentation from the model, or null
     */
    public OperationInfo {
        errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
        return service + "." + name + " (" + httpMethod + " " + requestUri + ")"
                + (deprecated ? " (deprecated)" : "")
                + "\ninput: " + input.toString().replace("\n", "\n  ")
                + "\noutput: " + output.toString().replace("\n", "\n  ")
                + (errors.isEmpty() ? "" : "\nerrors: " + String.join(", ", errors));
    }
}
