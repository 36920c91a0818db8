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

    public static ConfigEnvironment of(Map<String, String> variables, Path home) {
        return new ConfigEnvironment(variables, home);
    }

    /** The real process environment and {@code user.home}. */
    public static ConfigEnvironment system() {
        return new ConfigEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Every variable (read-only). */
    public Map<String, String> variables() {
        return variables;
    }

    /** The variable's value, or null when it is unset. An empty value counts as set. */
    public String get(String name) {
        return variables.get(name);
    }

    /** The variable's value, or null when it is unset or empty (botocore ignores empty values). */
    public String nonEmpty(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean isSet(String name) {
        return variables.containsKey(name);
    }

    public Path home() {
        return home;
    }

    /** Expands a leading {@code ~} (alone or followed by a separator) to the home directory. */
    public Path expandUser(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }

    /** A copy with one more variable, for tests and for derived configurations. */
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
