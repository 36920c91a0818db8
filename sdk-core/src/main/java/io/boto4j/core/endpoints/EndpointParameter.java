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

    public EndpointParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The built-in name, when the SDK fills this parameter itself. */
    public Optional<String> builtInName() {
        return Optional.ofNullable(builtIn);
    }
}
