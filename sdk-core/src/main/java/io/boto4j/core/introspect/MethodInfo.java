package io.boto4j.core.introspect;

import java.util.List;

/**
 * A custom method of a client (one a plugin or the core adds beside the model's operations):
 * what it takes, what it returns, whether it does I/O.
 *
 * @param name          the name callers use ({@code GeneratePresignedUrl})
 * @param documentation what it does
 * @param parameters    its parameters, in order
 * @param resultType    the simple name of the Java type of its result
 * @param doesIo        whether it sends requests or touches files
 */
public record MethodInfo(String name, String documentation, List<ParameterInfo> parameters, String resultType,
                         boolean doesIo) {

    /**
     * Copies the parameters.
     *
     * @param name          the name callers use
     * @param documentation what it does
     * @param parameters    its parameters, in order; copied
     * @param resultType    the simple name of the Java type of its result
     * @param doesIo        whether it sends requests or touches files
     */
    public MethodInfo {
        parameters = List.copyOf(parameters);
    }

    /**
     * One parameter.
     *
     * @param name          its name ({@code ExpiresIn})
     * @param type          its type as people read it ({@code an integer}, {@code a file path})
     * @param required      whether a call must give it
     * @param documentation what it means
     */
    public record ParameterInfo(String name, String type, boolean required, String documentation) {
        @Override
        public String toString() {
            return name + ": " + type + (required ? " (required)" : "") + " - " + documentation;
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(" (custom method, returns ").append(resultType)
                .append(doesIo ? "" : ", no I/O").append(")\n").append(documentation);
        parameters.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }
}
