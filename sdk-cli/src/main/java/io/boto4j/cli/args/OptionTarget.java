package io.boto4j.cli.args;

import java.util.Objects;

/**
 * What a command's option sets: a member of an operation's input ({@code MaxKeys}), a parameter
 * of a custom method ({@code Filename}) or a setting of a built-in command ({@code ExpiresIn}),
 * with its type in the words messages use ({@code integer}, {@code a file path}).
 *
 * @param name the member's, parameter's or setting's name
 * @param type its type as messages name it
 * @param flag whether it is set by a flag ({@code --quiet}) rather than an option with a value
 */
public record OptionTarget(String name, String type, boolean flag) {
    public OptionTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
