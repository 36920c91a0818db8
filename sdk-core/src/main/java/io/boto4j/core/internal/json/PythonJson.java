package io.boto4j.core.internal.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json.dumps} writes it (non-ASCII escaped, floats as
 * Python's repr), where boto4j must produce the same bytes as botocore: pagination resume
 * tokens ({@code json.dumps(token)}) and JMESPath's to_string ({@code separators=(',', ':')}).
 * Values other than JSON types are written as the JSON string of their toString, as
 * {@code default=str} does.
 */
public final class PythonJson {
    private final String itemSeparator;
    private final String keySeparator;

    private PythonJson(String itemSeparator, String keySeparator) {
        this.itemSeparator = itemSeparator;
        this.keySeparator = keySeparator;
    }

    /**
     * {@code json.dumps(value)}: {@code ", "} and {@code ": "} separators.
     *
     * @param value a Map, List, String, Number, Boolean or null (other values are written as their {@code toString})
     * @return the JSON text, byte for byte as Python writes it
     */
    public static String dumps(Object value) {
        return new PythonJson(", ", ": ").write(value);
    }

    /**
     * {@code json.dumps(value, separators=(',', ':'))}.
     *
     * @param value a Map, List, String, Number, Boolean or null (other values are written as their {@code toString})
     * @return the JSON text without spaces, byte for byte as Python writes it
     */
    public static String dumpsCompact(Object value) {
        return new PythonJson(",", ":").write(value);
    }

    private String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            out.append(PythonFloat.repr((Number) value));
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (value instanceof Number n) {
            out.append(n.toString());
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? itemSeparator : "");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : itemSeparator);
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(keySeparator);
                write(e.getValue(), out);
            }
            out.append('}');
        } else {
            string(String.valueOf(value), out);
        }
    }

    private static void string(String s, StringBuilder out) {
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
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
