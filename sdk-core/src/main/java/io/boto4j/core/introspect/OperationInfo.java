package io.boto4j.core.introspect;

import java.util.List;

/**
 * An operation: how it goes over HTTP, what it takes, what it returns, which errors the
 * model names.
 *
 * @param documentation from the model, or null when it has none
 */
public record OperationInfo(String service, String name, String httpMethod, String requestUri, ShapeInfo input,
                            ShapeInfo output, List<String> errors, boolean deprecated, String documentation) {

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
