package io.boto4j.core.endpoints;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter the rule set declares.
 *
 * @param name         the parameter name as the rule set spells it (e.g. {@code Region})
 * @param type         its type
 * @param required     whether resolution fails when neither a value nor a default is present
 * @param defaultValue the value used when none is given, or null
 * @param builtIn      the SDK built-in that fills it (e.g. {@code AWS::Region}), or null
 */
public record EndpointParameter(String name, ParameterType type, boolean required,
                                Object defaultValue, String builtIn) {

    /**
     * Checks the required components.
     *
     * @param name         the parameter name, required
     * @param type         its type, required
     * @param required     whether a value (or default) must be present
     * @param defaultValue the default, or null
     * @param builtIn      the built-in name, or null
     * @throws NullPointerException when {@code name} or {@code type} is null
     */
    public EndpointParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The built-in name, when the SDK fills this parameter itself.
     *
     * @return the name (one of {@link BuiltIns}' constants, or another a rule set declares), or empty
     */
    public Optional<String> builtInName() {
        return Optional.ofNullable(builtIn);
    }
}
