package io.boto4j.core.model;

import java.util.Locale;

/**
 * The type of a shape, from the model's {@code type} string. Documents and unions are
 * structures in botocore's format, flagged by {@link Shape#isDocument()} and
 * {@link Shape#isUnion()}.
 */
public enum ShapeType {
    STRUCTURE, LIST, MAP, STRING, BLOB, BOOLEAN, BYTE, SHORT, INTEGER, LONG, FLOAT, DOUBLE,
    BIGDECIMAL, BIGINTEGER, TIMESTAMP;

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

    /** The spelling used in model files. */
    public String modelName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isScalar() {
        return this != STRUCTURE && this != LIST && this != MAP;
    }

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
