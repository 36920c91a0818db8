package io.boto4j.cli.values;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.model.Shape;

/**
 * Shapes and given values described in the model's words, for error messages: a user reads
 * "expects an integer (MaxKeys, integer)", never a Java class name.
 */
final class ModelTerms {
    /** Longer values are cut in messages; the whole value is on the user's screen anyway. */
    private static final int SHOWN_LENGTH = 40;

    private ModelTerms() {
    }

    /**
     * "{@code label} expects {@code <what the shape takes>} ({@code name}, {@code <model type>}),
     * {@code given}": the whole message for a value of the wrong kind.
     */
    static String mismatch(String label, String name, Shape shape, String given) {
        return label + " expects " + expected(shape) + " (" + name + ", " + modelType(shape) + "), " + given;
    }

    /** What a value of the shape is written as on the command line or in JSON. */
    static String expected(Shape shape) {
        if (shape.isDocument()) {
            return "JSON";
        }
        return switch (shape.type()) {
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case BYTE, SHORT, INTEGER, LONG, BIGINTEGER -> "an integer";
            case FLOAT, DOUBLE, BIGDECIMAL -> "a number";
            case TIMESTAMP -> "a timestamp (ISO-8601 such as 2026-11-25T12:00:00Z, or epoch seconds)";
            case BLOB -> shape.isStreaming() ? "a file (PATH or fileb://PATH)" : "base64 text or fileb://PATH";
            case LIST -> "a JSON list";
            case STRUCTURE, MAP -> "a JSON object";
        };
    }

    /** The model's name for the shape's type: "integer", "list of Tag", "structure Tag", "map of string to Tag". */
    static String modelType(Shape shape) {
        return switch (shape.type()) {
            case LIST -> "list of " + shortName(shape.listMember().shape());
            case MAP -> "map of " + shortName(shape.mapKey().shape()) + " to " + shortName(shape.mapValue().shape());
            case STRUCTURE -> shape.isDocument() ? "document" : "structure " + shape.name();
            default -> shape.isStreaming() ? "streaming " + shape.type().modelName() : shape.type().modelName();
        };
    }

    /** A scalar by its type ("string"), an aggregate by its shape name ("Tag"). */
    private static String shortName(Shape shape) {
        return shape.type().isScalar() ? shape.type().modelName() : shape.name();
    }

    /** "not 'abc'" for text typed as an option's value; the value is left out when the shape is sensitive. */
    static String notText(String text, Shape shape) {
        return shape.isSensitive() ? "not the value given" : "not '" + shorten(text) + "'";
    }

    /** "got text "abc"", "got a JSON list"...: a JSON value of the wrong kind, in JSON's words. */
    static String gotJson(JsonNode node, Shape shape) {
        boolean show = !shape.isSensitive();
        if (node.isTextual()) {
            return show ? "got \"" + shorten(node.textValue()) + "\"" : "got text";
        }
        if (node.isNumber()) {
            return show ? "got " + shorten(node.asText()) : "got a number";
        }
        if (node.isBoolean()) {
            return show ? "got " + node.asText() : "got a boolean";
        }
        if (node.isArray()) {
            return "got a JSON list";
        }
        if (node.isObject()) {
            return "got a JSON object";
        }
        return "got " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "...";
    }
}
