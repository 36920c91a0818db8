package io.boto4j.core.endpoints;

import java.util.List;
import java.util.Locale;

/** The type of an endpoint parameter, and the Java value that carries it. */
public enum ParameterType {
    /** A {@link String}. */
    STRING,
    /** A {@link Boolean}. */
    BOOLEAN,
    /** A {@code List<String>}. */
    STRING_ARRAY;

    /**
     * Parses the rule set's spelling ({@code string}, {@code boolean}, {@code stringArray}).
     *
     * @param name the type as the rule set writes it, case-insensitive
     * @return the type
     * @throws IllegalArgumentException when the name is none of the three
     */
    public static ParameterType fromRuleSet(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "string" -> STRING;
            case "boolean" -> BOOLEAN;
            case "stringarray" -> STRING_ARRAY;
            default -> throw new IllegalArgumentException("Unknown endpoint parameter type: " + name
                    + " (expected string, boolean or stringArray)");
        };
    }

    /**
     * Whether {@code value} (never null) is a value of this type.
     *
     * @param value a candidate parameter value
     * @return true for a {@code String}, a {@code Boolean} or a list of strings as the type requires
     */
    public boolean accepts(Object value) {
        return switch (this) {
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case STRING_ARRAY -> value instanceof List<?> list
                    && list.stream().allMatch(e -> e instanceof String);
        };
    }
}
