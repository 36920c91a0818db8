package io.boto4j.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The process environment and home directory that configuration is read from. Injectable so
 * that tests (and embedders) never depend on the real environment or the real {@code ~/.aws}.
 */
public final class ConfigEnvironment {
    private final Map<String, String> variables;
    private final Path home;

    private ConfigEnvironment(Map<String, String> variables, Path home) {
        this.variables = Map.copyOf(variables);
        this.home = Objects.requireNonNull(home, "home");
    }

    /**
     * An environment of the given variables and home directory.
     *
     * @param variables the variables (copied)
     * @param home the home directory {@code ~} and {@code ~/.aws} stand for
     * @return the environment
     * @throws NullPointerException when {@code home}, {@code variables} or any name or value in them is null
     */
    public static ConfigEnvironment of(Map<String, String> variables, Path home) {
        return new ConfigEnvironment(variables, home);
    }

    /** {@return the real process environment and {@code user.home}, as a snapshot taken now} */
    public static ConfigEnvironment system() {
        return new ConfigEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** {@return every variable by name; unmodifiable, may hold secrets} */
    public Map<String, String> variables() {
        return variables;
    }

    /**
     * A variable's value, where an empty value counts as set.
     *
     * @param name the variable's name, e.g. {@code AWS_REGION}
     * @return its value, or null when it is unset
     */
    public String get(String name) {
        return variables.get(name);
    }

    /**
     * A variable's value, where an empty value counts as unset (botocore ignores empty values).
     *
     * @param name the variable's name, e.g. {@code AWS_REGION}
     * @return its value, or null when it is unset or empty
     */
    public String nonEmpty(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Whether a variable is set at all; unlike {@link #nonEmpty(String)}, an empty value counts as set.
     *
     * @param name the variable's name, e.g. {@code AWS_PROFILE}
     * @return true when it is set, even to an empty value
     */
    public boolean isSet(String name) {
        return variables.containsKey(name);
    }

    /** {@return the home directory ({@code ~})} */
    public Path home() {
        return home;
    }

    /**
     * Expands a leading {@code ~} (alone or followed by a separator) to the home directory.
     *
     * @param path a path as a user wrote it, e.g. {@code ~/.aws/config}
     * @return the path, expanded; other paths unchanged (relative ones stay relative)
     */
    public Path expandUser(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    /**
     * A copy with one more variable, for tests and for derived configurations.
     *
     * @param name the variable's name
     * @param value its value (replaces any value it had)
     * @return a new environment; this one is unchanged
     */
    public ConfigEnvironment with(String name, String value) {
        java.util.HashMap<String, String> copy = new java.util.HashMap<>(variables);
        copy.put(name, value);
        return new ConfigEnvironment(copy, home);
    }

    @Override
    public String toString() {
        // Variables may hold secrets (AWS_SECRET_ACCESS_KEY): show only the home directory.
        return "ConfigEnvironment[home=" + home + ", variables=" + variables.size() + "]";
    }
}
