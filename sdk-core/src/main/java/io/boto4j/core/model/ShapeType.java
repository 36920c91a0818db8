package io.boto4j.core.model;

import java.util.Locale;

/**
 * The type of a shape, from the model's {@code type} string. Documents and unions are
 * structures in botocore's format, flagged by {@link Shape#isDocument()} and
 * {@link Shape#isUnion()}.
 */
public enum ShapeType {
    /** {@code structure}: named members (also documents, unions, errors and event streams). */
    STRUCTURE,
    /** {@code list}: an ordered sequence of one member shape. */
    LIST,
    /** {@code map}: string keys to values of one shape. */
    MAP,
    /** {@code string}: text, possibly an enum. */
    STRING,
    /** {@code blob}: bytes (base64 in JSON and XML), possibly streamed. */
    BLOB,
    /** {@code boolean}. */
    BOOLEAN,
    /** {@code byte}: an 8-bit integer. */
    BYTE,
    /** {@code short}: a 16-bit integer. */
    SHORT,
    /** {@code integer}: a 32-bit integer. */
    INTEGER,
    /** {@code long}: a 64-bit integer. */
    LONG,
    /** {@code float}: a 32-bit floating point number. */
    FLOAT,
    /** {@code double}: a 64-bit floating point number. */
    DOUBLE,
    /** {@code bigdecimal}: an arbitrary-precision decimal. */
    BIGDECIMAL,
    /** {@code biginteger}: an arbitrary-precision integer. */
    BIGINTEGER,
    /** {@code timestamp}: an instant, written as the member's {@code timestampFormat}. */
    TIMESTAMP;

    /**
     * The type a model's {@code type} string names.
     *
     * @param modelType the {@code type} trait as written in the model, e.g. {@code structure}
     * @return the type
     * @throws IllegalArgumentException when {@code modelType} is null or not a known type
     */
    public static ShapeType of(String modelType) {
        if (modelType == null) {
            throw new IllegalArgumentException("shape has no type");
        }
        switch (modelType) {
            case "structure": return STRUCTURE;
            case "list": return LIST;
            case "map": return MAP;
            case "string": return STRING;
            case "blob": return BLOB;
            case "boolean": return BOOLEAN;
            case "byte": return BYTE;
            case "short": return SHORT;
            case "integer": return INTEGER;
            case "long": return LONG;
            case "float": return FLOAT;
            case "double": return DOUBLE;
            case "bigdecimal": return BIGDECIMAL;
            case "biginteger": return BIGINTEGER;
            case "timestamp": return TIMESTAMP;
            default:
                throw new IllegalArgumentException("unknown shape type '" + modelType + "'");
        }
    }

    /**
     * The spelling used in model files.
     *
     * @return the lower-case name, e.g. {@code bigdecimal}
     */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether values of this type are single values rather than containers.
     *
     * @return false for {@link #STRUCTURE}, {@link #LIST} and {@link #MAP}, true otherwise
     */
    public boolean isScalar() {
        return this != STRUCTURE && this != LIST && this != MAP;
    }

    /**
     * Whether values of this type are numbers.
     *
     * @return true for the integer, floating point and big number types
     */
    public boolean isNumeric() {
        switch (this) {
            case BYTE: case SHORT: case INTEGER: case LONG: case FLOAT: case DOUBLE:
            case BIGDECIMAL: case BIGINTEGER:
                return true;
            default:
                return false;
        }
    }
}
