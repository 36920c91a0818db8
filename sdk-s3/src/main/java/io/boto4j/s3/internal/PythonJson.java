package io.boto4j.s3.internal;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps} with its defaults, as botocore writes an S3 POST policy: the policy
 * is signed as base64 of these exact bytes, so spacing ({@code ", "} and {@code ": "}), member
 * order and escapes must be Python's. {@code ensure_ascii}: every character outside printable
 * ASCII is {@code \\uXXXX} in lower-case hex (UTF-16 units, so one outside the BMP is a
 * surrogate pair), except {@code \n \r \t \b \f}.
 *
 * <p>Values: maps (text keys, in their iteration order), lists, text, booleans, null and whole
 * numbers. Fractions are refused: Python writes {@code repr(float)}, which is not worth
 * imitating for a policy.
 */
final class PythonJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {
    }

    static String dumps(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a POST policy's keys must be text, got " + e.getKey());
                }
                string(out, key);
                out.append(": ");
                write(out, e.getValue());
                if (entries.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("a POST policy holds text, whole numbers, booleans, maps and lists;"
                    + " got a " + value.getClass().getSimpleName() + " (" + value + ")");
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        out.append('"');
    }
}
