package io.boto4j.core.plugin;

import io.boto4j.core.http.RequestBody;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The widenings a custom method's arguments get before their types are checked. */
final class MethodArguments {
    private MethodArguments() {
    }

    /** The value as {@code type}, or null when it cannot be one. */
    static Object widen(Object value, Class<?> type) {
        if (type.isInstance(value)) {
            return value;
        }
        if (type == Long.class && (value instanceof Integer || value instanceof Short || value instanceof Byte)) {
            return ((Number) value).longValue();
        }
        if (type == Integer.class && value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (type == Duration.class && (value instanceof Integer || value instanceof Long)) {
            return Duration.ofSeconds(((Number) value).longValue());
        }
        if (type == Path.class && value instanceof String s) {
            try {
                return Path.of(s);
            } catch (InvalidPathException e) {
                return null;
            }
        }
        return null;
    }

    /** A type as a parameter list shows it: {@code string}, {@code integer}, {@code file path}. */
    static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == Long.class) {
            return "an integer";
        }
        if (type == Boolean.class) {
            return "a boolean";
        }
        if (type == Duration.class) {
            return "a duration (seconds)";
        }
        if (type == Path.class) {
            return "a file path";
        }
        if (type == RequestBody.class) {
            return "a stream";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a structure (map)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }
}
