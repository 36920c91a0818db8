package io.boto4j.core.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document values (and jsonvalue text): untyped JSON as plain Java, i.e. {@code Map} (insertion
 * order), {@code List}, {@code String}, {@code Number}, {@code Boolean} and null.
 */
public final class DocumentValues {
    private static final JsonFactory JSON = new JsonFactory();

    private DocumentValues() {
    }

    /**
     * Writes a plain Java value as JSON; other objects are written as their string form.
     * Maps become objects (keys by {@code String.valueOf}), any {@code Iterable} an array, and
     * non-finite floats the strings {@code NaN}, {@code Infinity}, {@code -Infinity}.
     *
     * @param g     the generator to write to, positioned where a value may go
     * @param value the value, or null for JSON null
     * @throws IOException when the generator fails to write
     */
    public static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigInteger bi) {
            g.writeNumber(bi);
        } else if (value instanceof BigDecimal bd) {
            g.writeNumber(bd);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeString(JsonBodyWriter.nonFiniteName(d));
            }
        } else {
            g.writeString(value.toString());
        }
    }

    /**
     * The compact JSON text of a plain Java value.
     *
     * @param value the value as {@link #write} takes it, or null
     * @return the JSON text, without white space
     */
    public static String toJsonText(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A tree node as plain Java: integers as Integer, Long or BigInteger by size, other numbers
     * as Double, binary (CBOR byte strings) as byte[].
     *
     * @param node the node, or null
     * @return a new, modifiable {@code Map} (in the node's order) or {@code List}, a scalar, or
     *         null for a null, missing or absent node
     */
    public static Object fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    m.put(e.getKey(), fromNode(e.getValue()));
                }
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>(node.size());
                for (JsonNode n : node) {
                    l.add(fromNode(n));
                }
                return l;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isIntegralNumber()) {
                    if (node.canConvertToInt()) {
                        return node.intValue();
                    }
                    return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
                }
                return node.doubleValue();
            case BINARY:
                try {
                    return node.binaryValue();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            default:
                return node.asText();
        }
    }
}
