package io.boto4j.core.plugin;

import io.boto4j.core.model.Names;
import io.boto4j.core.ParamValidationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A method a plugin adds to the clients of its services, beside the model's operations: what a
 * model cannot say, such as botocore's {@code generate_presigned_url} or boto3's
 * {@code upload_file}. Declared once (name, parameters, result type, whether it does I/O) and
 * implemented once against the core; both layers call it with honest types (the blocking client
 * returns the {@code R}, the Vert.x client a {@code Future<R>}), typed views bind it by name, and
 * introspection and the CLI list it.
 *
 * <p>Keep the declaration in a {@code static final} field of the plugin's API, so that callers
 * can write {@code client.call(S3Methods.UPLOAD_FILE, args)} with the result type checked.
 *
 * @param <R> the type of the result
 */
public final class CustomMethod<R> {
    private final String name;
    private final String documentation;
    private final List<MethodParameter> parameters;
    private final Class<R> resultType;
    private final boolean doesIo;
    private final Implementation<R> implementation;

    /** The body of a custom method: runs with checked arguments, never blocks. */
    @FunctionalInterface
    public interface Implementation<R> {
        /**
         * Runs the method; the stage completes with its result.
         *
         * @param call the checked arguments and the client the method runs on
         * @return a stage that completes with the result, or exceptionally with the method's failure
         */
        CompletionStage<R> run(MethodCall call);
    }

    private CustomMethod(Builder<R> b) {
        this.name = b.name;
        this.documentation = b.documentation;
        this.parameters = List.copyOf(b.parameters);
        this.resultType = b.resultType;
        this.doesIo = b.doesIo;
        this.implementation = Objects.requireNonNull(b.implementation, "implementation of " + b.name);
    }

    /**
     * Starts a declaration; {@code name} is spelt like an operation ({@code GeneratePresignedUrl}).
     *
     * @param <R>        the type of the result
     * @param name       the method's name, unique among the client's operations and methods
     * @param resultType the type of the result, e.g. {@code String.class} for a URL
     * @return a builder; an {@link Builder#implementation implementation} is required before {@link Builder#build()}
     */
    public static <R> Builder<R> builder(String name, Class<R> resultType) {
        return new Builder<>(name, resultType);
    }

    /**
     * The name callers use, like an operation's.
     *
     * @return the name given to {@link #builder}
     */
    public String name() {
        return name;
    }

    /**
     * What the method does, for help screens.
     *
     * @return the documentation; empty when none was given
     */
    public String documentation() {
        return documentation;
    }

    /**
     * The parameters, in the order help screens show them.
     *
     * @return an immutable list, in declaration order
     */
    public List<MethodParameter> parameters() {
        return parameters;
    }

    /**
     * The type of the result.
     *
     * @return the result type given to {@link #builder}
     */
    public Class<R> resultType() {
        return resultType;
    }

    /**
     * Whether the method sends requests or touches files (false: a pure computation, e.g. presigning).
     *
     * @return true (the default) when the method does I/O
     */
    public boolean doesIo() {
        return doesIo;
    }

    /**
     * The implementation; layers call it through the runtime, which checks the arguments first.
     *
     * @return the implementation given to the builder
     */
    public Implementation<R> implementation() {
        return implementation;
    }

    /**
     * The arguments checked against the parameters: every required one given, none unknown, each
     * of its parameter's type (after the widenings {@link MethodParameter} lists). All problems
     * are reported at once, naming the method and the parameters, before any I/O.
     *
     * @param service the service whose client the method is called on, for the message
     * @param arguments the arguments by parameter name, as the caller gave them; null is taken as none
     * @return a new map of the given arguments converted to their parameters' types, in declaration
     *         order (arguments left out are absent)
     * @throws ParamValidationException when an argument is missing, unknown or of the wrong type
     */
    public Map<String, Object> checkArguments(String service, Map<String, ?> arguments) {
        Map<String, Object> checked = new LinkedHashMap<>();
        List<ParamValidationException.Problem> problems = new ArrayList<>();
        Map<String, ?> given = arguments == null ? Map.of() : arguments;
        List<String> known = new ArrayList<>();
        parameters.forEach(p -> known.add(p.name()));
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                problems.add(new ParamValidationException.Problem(key, "Unknown parameter " + key
                        + Names.didYouMean(key, known) + ", must be one of: " + String.join(", ", known)));
            }
        }
        for (MethodParameter p : parameters) {
            Object value = given.get(p.name());
            if (value == null) {
                if (p.required()) {
                    problems.add(new ParamValidationException.Problem(p.name(), "Missing required parameter "
                            + p.name() + " (" + typeName(p.type()) + ")"));
                }
                continue;
            }
            Object converted = MethodArguments.widen(value, p.type());
            if (converted == null) {
                problems.add(new ParamValidationException.Problem(p.name(), "Parameter " + p.name() + " must be "
                        + typeName(p.type()) + ", not " + MethodArguments.typeName(value.getClass())));
            } else {
                checked.put(p.name(), converted);
            }
        }
        if (!problems.isEmpty()) {
            throw new ParamValidationException(service, name, problems);
        }
        return checked;
    }

    static String typeName(Class<?> type) {
        return MethodArguments.typeName(type);
    }

    @Override
    public String toString() {
        return "CustomMethod[" + name + "]";
    }

    /** Builds a {@link CustomMethod}. */
    public static final class Builder<R> {
        private final String name;
        private final Class<R> resultType;
        private String documentation = "";
        private final List<MethodParameter> parameters = new ArrayList<>();
        private boolean doesIo = true;
        private Implementation<R> implementation;

        private Builder(String name, Class<R> resultType) {
            this.name = Objects.requireNonNull(name, "name");
            this.resultType = Objects.requireNonNull(resultType, "resultType");
        }

        /**
         * What the method does.
         *
         * @param text the method's documentation for help screens; empty by default
         * @return this builder
         */
        public Builder<R> documentation(String text) {
            this.documentation = Objects.requireNonNull(text, "documentation");
            return this;
        }

        /**
         * Adds a parameter.
         *
         * @param parameter the next parameter, listed after those added before
         * @return this builder
         * @throws IllegalArgumentException when a parameter of that name was added already
         */
        public Builder<R> parameter(MethodParameter parameter) {
            for (MethodParameter p : parameters) {
                if (p.name().equals(parameter.name())) {
                    throw new IllegalArgumentException(name + " declares parameter " + p.name() + " twice");
                }
            }
            parameters.add(parameter);
            return this;
        }

        /**
         * Whether the method does I/O (default true).
         *
         * @param io false for a pure computation that neither sends requests nor touches files
         * @return this builder
         */
        public Builder<R> doesIo(boolean io) {
            this.doesIo = io;
            return this;
        }

        /**
         * The implementation.
         *
         * @param body the code that runs the method; required
         * @return this builder
         */
        public Builder<R> implementation(Implementation<R> body) {
            this.implementation = body;
            return this;
        }

        /**
         * The method.
         *
         * @return a new, immutable declaration
         * @throws NullPointerException when no implementation was given
         */
        public CustomMethod<R> build() {
            return new CustomMethod<>(this);
        }
    }
}
