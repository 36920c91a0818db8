package io.boto4j.core.plugin;

import java.util.Objects;

/**
 * One parameter of a {@link CustomMethod}: its name (spelt like model members, {@code Bucket},
 * {@code ExpiresIn}), the Java type its value must have once the layer has converted it, whether
 * it must be given, and what it means.
 *
 * <p>Types the layers convert for the caller: a {@link io.boto4j.core.http.RequestBody} parameter
 * takes each layer's stream types (an {@code InputStream}, a {@code Path} or bytes on the blocking
 * layer; a {@code ReadStream<Buffer>}, an {@code AsyncFile} or a {@code Buffer} on the Vert.x one);
 * a {@link java.nio.file.Path} takes a {@code String}; a {@code Long} takes any integer; a
 * {@link java.time.Duration} takes a number of seconds.
 *
 * @param name          the parameter's name
 * @param type          the Java type of its value
 * @param required      whether a call must give it
 * @param documentation what it means, for help screens
 */
public record MethodParameter(String name, Class<?> type, boolean required, String documentation) {

    /**
     * Checks the components.
     *
     * @param name          the parameter's name
     * @param type          the Java type of its value
     * @param required      whether a call must give it
     * @param documentation what it means, for help screens
     * @throws NullPointerException when {@code name}, {@code type} or {@code documentation} is null
     */
    public MethodParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(documentation, "documentation");
    }

    /**
     * Its type as people read it: {@code a string}, {@code an integer}, {@code a file path}, {@code a stream}.
     *
     * @return the type's description for help screens and error messages
     */
    public String typeName() {
        return MethodArguments.typeName(type);
    }

    /**
     * A parameter a call must give.
     *
     * @param name          the parameter's name, spelt like a model member, e.g. {@code Bucket}
     * @param type          the Java type of its value
     * @param documentation what it means, for help screens
     * @return a required parameter
     */
    public static MethodParameter required(String name, Class<?> type, String documentation) {
        return new MethodParameter(name, type, true, documentation);
    }

    /**
     * A parameter a call may leave out.
     *
     * @param name          the parameter's name, spelt like a model member, e.g. {@code ExpiresIn}
     * @param type          the Java type of its value
     * @param documentation what it means, for help screens
     * @return an optional parameter
     */
    public static MethodParameter optional(String name, Class<?> type, String documentation) {
        return new MethodParameter(name, type, false, documentation);
    }
}
