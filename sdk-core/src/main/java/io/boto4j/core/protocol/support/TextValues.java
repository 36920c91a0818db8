package io.boto4j.core.protocol.support;

import io.boto4j.core.internal.json.PythonFloat;
import io.boto4j.core.model.Member;
import io.boto4j.core.protocol.ResponseLimits;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Scalars as text, the way the XML and query protocols put them on the wire: timestamps in the
 * member's format (iso8601 by default), blobs base64, booleans lowercase, floats with NaN and
 * infinities by name and otherwise in plain notation.
 */
public final class TextValues {
    private TextValues() {
    }

    /**
     * The wire text of a scalar value of {@code ref}'s shape.
     *
     * @param ref   the member, whose shape type and timestamp format decide the text
     * @param value the validated value: an {@link Instant} for a timestamp, {@code byte[]} or
     *              {@code String} (as UTF-8) for a blob, a {@code Boolean} or the text
     *              {@code true}/{@code false} (any case) for a boolean, any other type as its
     *              {@code toString()}
     * @return the text as it goes on the wire
     * @throws IllegalArgumentException when a boolean's value is neither
     */
    public static String format(Member ref, Object value) {
        switch (ref.shape().type()) {
            case TIMESTAMP: {
                String format = ref.timestampFormat();
                return Timestamps.format((Instant) value, format == null ? Timestamps.ISO_8601 : format);
            }
            case BLOB:
                return Base64.getEncoder().encodeToString(value instanceof String s
                        ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value);
            case BOOLEAN:
                return booleanText(ref, value);
            case FLOAT:
            case DOUBLE:
                return floatText(value);
            default:
                return value.toString();
        }
    }

    private static String booleanText(Member ref, Object value) {
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        // Anything else was never validated: sending "false" for it would flip the caller's intent.
        throw new IllegalArgumentException("boolean member " + ref.name() + " cannot be sent as "
                + ResponseParsing.quote(String.valueOf(value)));
    }

    /**
     * The value of wire text for a scalar shape type, the inverse of {@link #format}: booleans
     * "true"/"false", numbers (NaN and infinities by name), timestamps in any format AWS sends,
     * blobs base64 (MIME-tolerant: some services break long values into lines).
     *
     * @throws RuntimeException (NumberFormatException, DateTimeParseException, IllegalArgumentException)
     *     when the text does not fit the type
     *
     * @param type the scalar's shape type
     * @param text the wire text; numbers and booleans may have surrounding blanks
     * @return a {@code Boolean}, {@code Integer} (byte, short and integer shapes), {@code Long},
     *         {@code Float}, {@code Double}, {@code BigDecimal}, {@code BigInteger}, {@link Instant},
     *         {@code byte[]}, or the text itself for strings and other types
     */
    public static Object parse(io.boto4j.core.model.ShapeType type, String text) {
        switch (type) {
            case BOOLEAN:
                return Boolean.parseBoolean(text.trim());
            case BYTE:
            case SHORT:
            case INTEGER:
                return Integer.valueOf(numberText(text));
            case LONG:
                return Long.valueOf(numberText(text));
            case FLOAT:
                return Float.valueOf(numberText(text));
            case DOUBLE:
                return Double.valueOf(numberText(text));
            case BIGDECIMAL:
                return new BigDecimal(numberText(text));
            case BIGINTEGER:
                return new java.math.BigInteger(numberText(text));
            case TIMESTAMP:
                return Timestamps.parse(text);
            case BLOB:
                return Base64.getMimeDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
            default:
                return text;
        }
    }

    /**
     * The text of a number, trimmed, refused when longer than {@link ResponseLimits#MAX_NUMBER_LENGTH}:
     * converting digit strings costs time quadratic in their length, and a response is not trusted
     * to keep them short.
     *
     * @param text the number's text
     * @return the trimmed text
     * @throws NumberFormatException when the text is too long to be a number
     */
    public static String numberText(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > ResponseLimits.MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("a number of " + trimmed.length() + " characters exceeds the limit of "
                    + ResponseLimits.MAX_NUMBER_LENGTH);
        }
        return trimmed;
    }

    /**
     * A parsed number (a JSON or CBOR tree's) as a {@code BigInteger}. A decimal must be whole
     * and of bounded scale: {@code 1e-999999999} would otherwise take a division by ten to the
     * power of its scale to be found not to be.
     *
     * @param number the number as the tree gave it
     * @return the exact integer value
     * @throws ArithmeticException when the number has a fraction or a scale past the number limit
     */
    public static java.math.BigInteger toBigInteger(Number number) {
        if (number instanceof java.math.BigInteger big) {
            return big;
        }
        if (number instanceof BigDecimal decimal) {
            if (Math.abs((long) decimal.scale()) > ResponseLimits.MAX_NUMBER_LENGTH) {
                throw new ArithmeticException("a decimal with scale " + decimal.scale() + " is too large to convert");
            }
            return decimal.toBigIntegerExact();
        }
        if (number instanceof Double || number instanceof Float) {
            return toBigInteger(new BigDecimal(number.toString()));
        }
        return java.math.BigInteger.valueOf(number.longValue());
    }

    /**
     * A structure value, or an error naming the member.
     *
     * @param value the member's value, not null
     * @param ref   the member, named in the error
     * @return {@code value} as a map (not copied)
     * @throws IllegalArgumentException when {@code value} is no {@code Map}
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value, Member ref) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException(ref.name() + " must be a map, got " + value.getClass().getSimpleName());
    }

    /**
     * A list value, or an error naming the member.
     *
     * @param value the member's value, not null
     * @param ref   the member, named in the error
     * @return {@code value} as a list (not copied)
     * @throws IllegalArgumentException when {@code value} is no {@code List}
     */
    public static List<?> asList(Object value, Member ref) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(ref.name() + " must be a list, got " + value.getClass().getSimpleName());
    }

    /**
     * A float as botocore writes it in text ({@code str(value)} in Python: {@code 1.5},
     * {@code 1e+300}, {@code 10000000000.0}, NaN and infinities by name); a BigDecimal as it is.
     *
     * @param value a {@code Number}
     * @return Python's {@code repr} of the value, or a BigDecimal's plain notation
     */
    public static String floatText(Object value) {
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        return PythonFloat.repr((Number) value);
    }
}
