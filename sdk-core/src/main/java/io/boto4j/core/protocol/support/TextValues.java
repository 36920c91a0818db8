package io.boto4j.core.protocol.support;

import io.boto4j.core.model.Member;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Scalars as text, the way the XML and query protocols put them on the wire: timestamps in the
 * member's format (iso8601 by default), blobs base64, booleans lowercase, floats with NaN and
 * infinities by name and otherwise in plain notation.
 */
public final class TextValues {
    private TextValues() {
    }

    /** The wire text of a scalar value of {@code ref}'s shape. */
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
                return Boolean.TRUE.equals(value) ? "true" : "false";
            case FLOAT:
            case DOUBLE:
                return floatText(value);
            default:
                return value.toString();
        }
    }

    /** NaN, Infinity, -Infinity by name; finite values without exponent notation. */
    public static String floatText(Object value) {
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        String s = value.toString();
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).toPlainString();
    }
}
