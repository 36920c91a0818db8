package io.boto4j.core.plugin;

import io.boto4j.core.config.ConfigException;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A typed setting a plugin (or the core) offers its users, with a default. A value is taken, in
 * botocore's order, from the client's {@code ClientConfig} ({@code ClientConfig.Builder.option}),
 * else the first of the option's environment variables that is set, else the first of its keys
 * in the active profile of the shared config file ({@code s3.addressing_style} names the key
 * {@code addressing_style} in the profile's nested {@code s3} block), else the default.
 *
 * <p>Options are resolved once when a client is built; hooks read them with
 * {@link CallContext#option} at no cost per call.
 *
 * @param <T> the type of the value
 */
public final class ClientOption<T> {
    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final List<String> configKeys;
    private final List<String> environmentVariables;
    private final Function<String, T> parser;
    private final Predicate<? super T> valid;
    private final String invalidProblem;

    private ClientOption(Builder<T> b) {
        this.name = b.name;
        this.type = b.type;
        this.defaultValue = b.defaultValue;
        this.configKeys = List.copyOf(b.configKeys);
        this.environmentVariables = List.copyOf(b.environmentVariables);
        this.parser = b.parser;
        this.valid = b.valid;
        this.invalidProblem = b.invalidProblem;
    }

    /**
     * Starts an option of any type; text from the environment or a profile is read by {@code parser}.
     *
     * @param <T>    the type of the option's values
     * @param name   the option's name, as messages show it, e.g. {@code s3.addressing_style}
     * @param type   the type of the option's values, checked against values set in code
     * @param parser turns text from the environment or a profile into a value; throws a
     *               {@link ConfigException} naming the option for text it rejects
     * @return a builder; add its sources ({@link Builder#configKey}, {@link Builder#environmentVariable}) and default
     */
    public static <T> Builder<T> builder(String name, Class<T> type, Function<String, T> parser) {
        return new Builder<>(name, type, parser);
    }

    /**
     * A text option, taken as written.
     *
     * @param name the option's name, as messages show it, e.g. {@code s3.addressing_style}
     * @return a builder; add its sources ({@link Builder#configKey}, {@link Builder#environmentVariable}) and default
     */
    public static Builder<String> text(String name) {
        return builder(name, String.class, s -> s);
    }

    /**
     * A boolean option: as in botocore, only the text {@code true} (any case) is true.
     *
     * @param name the option's name, as messages show it, e.g. {@code s3.use_arn_region}
     * @return a builder; add its sources ({@link Builder#configKey}, {@link Builder#environmentVariable}) and default
     */
    public static Builder<Boolean> flag(String name) {
        return builder(name, Boolean.class, s -> s.strip().equalsIgnoreCase("true"));
    }

    /**
     * An integer option; other text is a configuration error naming the option.
     *
     * @param name the option's name, as messages show it, e.g. {@code max_attempts}
     * @return a builder; add its sources ({@link Builder#configKey}, {@link Builder#environmentVariable}) and default
     */
    public static Builder<Integer> integer(String name) {
        return builder(name, Integer.class, s -> {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw new ConfigException("Invalid value '" + s + "' for " + name + ": expected an integer");
            }
        });
    }

    /**
     * A text option that takes one of {@code allowed} (compared without regard to case, kept in
     * lower case); other text is a configuration error listing the allowed values.
     *
     * @param name    the option's name, as messages show it, e.g. {@code s3.addressing_style}
     * @param allowed the accepted values, in any case (kept in lower case)
     * @return a builder; add its sources ({@link Builder#configKey}, {@link Builder#environmentVariable}) and default
     * @throws IllegalArgumentException when two allowed values differ only in case
     */
    public static Builder<String> oneOf(String name, Set<String> allowed) {
        Set<String> lowerCase = new java.util.TreeSet<>();
        for (String value : allowed) {
            if (!lowerCase.add(value.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("option " + name + ": allowed values " + allowed
                        + " differ only in case");
            }
        }
        Set<String> accepted = Set.copyOf(lowerCase);
        return builder(name, String.class, s -> {
            String v = s.strip().toLowerCase(Locale.ROOT);
            if (!accepted.contains(v)) {
                throw new ConfigException("Invalid value '" + s + "' for " + name + ": expected one of " + lowerCase);
            }
            return v;
        });
    }

    /**
     * The option's name, as messages and {@code toString} show it.
     *
     * @return the name given to the factory method
     */
    public String name() {
        return name;
    }

    /**
     * The type of its values.
     *
     * @return the value type given at creation
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The value when nothing sets it (may be null).
     *
     * @return the default, or null when the option has none
     */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * Keys in the shared config file, first match wins ({@code a.b} is key {@code b} of nested block {@code a}).
     *
     * @return the keys in the order they are tried; an immutable list, possibly empty
     */
    public List<String> configKeys() {
        return configKeys;
    }

    /**
     * Environment variables, first set one wins; they come before the config file.
     *
     * @return the variables' names in the order they are tried; an immutable list, possibly empty
     */
    public List<String> environmentVariables() {
        return environmentVariables;
    }

    /**
     * Reads a value written as text (from the environment or a profile).
     *
     * @param text the value as written, e.g. {@code "virtual"}
     * @return the parsed value
     * @throws ConfigException when the option's parser rejects the text (the built-in parsers name the
     *                         option), or the value breaks the option's {@linkplain Builder#require constraint}
     */
    public T parse(String text) {
        T value = parser.apply(text);
        if (value != null && !valid.test(value)) {
            throw new ConfigException("Invalid value '" + text + "' for " + name + ": " + invalidProblem);
        }
        return value;
    }

    /**
     * Checks a value set in code: of this option's type, (for text options with a fixed set) one
     * the parser accepts, and within the option's {@linkplain Builder#require constraint}. Returns
     * the value as the option keeps it.
     *
     * @param value the value set in code, or null
     * @return the value as the option keeps it (text re-read by the parser, e.g. in lower case), or null for null
     * @throws IllegalArgumentException when the value is not of the option's type, or breaks its constraint
     * @throws ConfigException when the parser rejects a text value
     */
    public T check(Object value) {
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("option " + name + " takes a " + type.getSimpleName() + ", not a "
                    + value.getClass().getSimpleName());
        }
        if (value instanceof String text) {
            return parse(text);
        }
        T typed = type.cast(value);
        if (!valid.test(typed)) {
            throw new IllegalArgumentException("Invalid value " + value + " for option " + name + ": " + invalidProblem);
        }
        return typed;
    }

    @Override
    public String toString() {
        return "ClientOption[" + name + "]";
    }

    /** Builds a {@link ClientOption}. */
    public static final class Builder<T> {
        private final String name;
        private final Class<T> type;
        private final Function<String, T> parser;
        private Predicate<? super T> valid = value -> true;
        private String invalidProblem;
        private T defaultValue;
        private final java.util.ArrayList<String> configKeys = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> environmentVariables = new java.util.ArrayList<>();

        private Builder(String name, Class<T> type, Function<String, T> parser) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
            this.parser = Objects.requireNonNull(parser, "parser");
        }

        /**
         * The value when nothing sets it.
         *
         * @param value the default; null (the initial default) for none
         * @return this builder
         */
        public Builder<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }

        /**
         * A key of the shared config file that sets the option ({@code s3.addressing_style}).
         *
         * @param key the key; one with a dot names a key of a nested block, tried after the keys added before
         * @return this builder
         */
        public Builder<T> configKey(String key) {
            configKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * An environment variable that sets the option.
         *
         * @param variable the variable's name, e.g. {@code AWS_S3_ADDRESSING_STYLE}; tried after those added before
         * @return this builder
         */
        public Builder<T> environmentVariable(String variable) {
            environmentVariables.add(Objects.requireNonNull(variable, "variable"));
            return this;
        }

        /**
         * A constraint every value must meet, wherever it is set: in code ({@link #check}, so a bad
         * value fails where it is set, before any I/O) or as text from the environment or a profile
         * ({@link #parse}). The default, which is trusted, is not checked.
         *
         * @param valid   whether a value is acceptable
         * @param problem what is wrong with a value it rejects, as error messages show it after
         *                the option's name, e.g. {@code "must be positive"}
         * @return this builder
         */
        public Builder<T> require(Predicate<? super T> valid, String problem) {
            this.valid = Objects.requireNonNull(valid, "valid");
            this.invalidProblem = Objects.requireNonNull(problem, "problem");
            return this;
        }

        /**
         * The option.
         *
         * @return a new, immutable option; keep it in a {@code static final} field
         */
        public ClientOption<T> build() {
            return new ClientOption<>(this);
        }
    }
}
